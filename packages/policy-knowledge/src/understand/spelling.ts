import Distance from 'natural/lib/natural/distance/levenshtein_distance.js';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { stem } from '../classify/stem.js';
import { readTokens, readWordIds, tokenize } from '../classify/tokenize.js';
import { WordSlots } from '../classify/word-table.js';

/** Words shorter than this are never corrected (too many near neighbours). */
const MIN_WORD = 4;
/** Similarity a candidate needs before the edit distance is computed. */
const MIN_SIMILARITY = 0.84;
/** How much a word's frequency in the knowledge counts against its similarity when choosing a correction. */
const FREQUENCY_WEIGHT = 0.02;
/** How much ending with the same letter counts between equally distant corrections. */
const SAME_ENDING = 0.2;
/** Most corrections remembered; cleared when full so hostile input cannot grow it. */
const MAX_MEMO = 20_000;

/** A word of the question replaced by the nearest word of the knowledge's vocabulary. */
export interface Correction {
  from: string;
  to: string;
}

/** The speller's vocabulary as plain data: each known word with its frequency in the knowledge, in first-seen order. */
export interface SpellerVocabulary {
  words: string[];
  frequencies: Float64Array;
}

/** Corrects misspelt words against the knowledge's own vocabulary, with natural's string distances. */
export class Speller {
  private readonly known: ReadonlySet<string>;
  private readonly byLength = new Map<number, string[]>();
  private readonly frequency = new Map<string, number>();
  private readonly memo = new Map<string, string | null>();
  /** Each word's correction by word id (null for none), as `suggest` gives it. */
  private readonly byWord = new WordSlots<string | null>();

  private readonly knownStems: ReadonlySet<string>;

  /**
   * Builds the speller from a vocabulary counted by {@link countVocabulary} (kept in the compiled snapshot), the stems
   * of its words (a word with a known stem, "teaches" of "teach", is another form of a known word, not a typo) and the
   * English words it must leave as they are (see english-words.ts).
   */
  constructor(vocabulary: SpellerVocabulary, stems: readonly string[] = vocabulary.words.map(stem), english: readonly string[] = []) {
    this.knownStems = new Set(stems);
    vocabulary.words.forEach((word, i) => this.frequency.set(word, vocabulary.frequencies[i]!));
    // English words left as they are ("plain" is no typo of "plan") are known, but never offered as corrections.
    this.known = new Set([...this.frequency.keys(), ...english]);
    for (const word of this.frequency.keys()) {
      if (word.length < MIN_WORD) continue;
      const bucket = this.byLength.get(word.length) ?? [];
      bucket.push(word);
      this.byLength.set(word.length, bucket);
    }
  }

  /** True when every word of the text long enough to mean something is a form of a word the knowledge itself uses. */
  usesOnlyKnowledgeWords(text: string): boolean {
    return readTokens(text).every((word) => word.length < MIN_WORD || !/^[a-z]+$/.test(word) || this.knownStems.has(stem(word)));
  }

  /** The nearest known word to an unknown one, or undefined when the word is known or nothing is close. */
  suggest(word: string): string | undefined {
    if (word.length < MIN_WORD || this.known.has(word) || !/^[a-z]+$/.test(word) || this.knownStems.has(stem(word))) return undefined;
    const cached = this.memo.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const best = this.nearest(word);
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    this.memo.set(word, best ?? null);
    return best;
  }

  /** Every correction for a text's words, in order. */
  corrections(text: string): Correction[] {
    const found: Correction[] = [];
    const words = readTokens(text);
    const ids = readWordIds(text);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const known = this.byWord.get(ids[i]!);
      const to = known === undefined ? this.byWord.set(ids[i]!, this.suggest(word) ?? null) : known;
      if (to !== null) found.push({ from: word, to });
    }
    return found;
  }

  private nearest(word: string): string | undefined {
    const maxEdits = word.length >= 7 ? 2 : 1;
    let best: { word: string; edits: number; rank: number } | undefined;
    for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        // People rarely mistype a word's first letter; allowing it turns real words into others ("sending" → "ending").
        if (candidate[0] !== word[0]) continue;
        const similarity = JaroWinklerDistance(word, candidate);
        if (similarity < MIN_SIMILARITY) continue;
        const edits = Distance.DamerauLevenshteinDistance(word, candidate);
        if (edits > maxEdits) continue;
        // Among equally distant words, the likelier one: similar in shape, ending as the word does ("startp" is
        // "startup" more likely than "start"), and common in the knowledge.
        const ending = candidate.at(-1) === word.at(-1) ? SAME_ENDING : 0;
        const rank = similarity + ending + FREQUENCY_WEIGHT * Math.log1p(this.frequency.get(candidate) ?? 0);
        if (!best || edits < best.edits || (edits === best.edits && rank > best.rank)) best = { word: candidate, edits, rank };
      }
    }
    return best?.word;
  }
}

/**
 * The speller's vocabulary: every word of the edited texts (answers, facts, concepts, clauses), and the words of
 * users' questions that occur at least twice (a word seen once there may be one of their typos).
 */
export function countVocabulary(edited: Iterable<string>, asked: Iterable<string>): SpellerVocabulary {
  const count = (texts: Iterable<string>, into: Map<string, number>) => {
    for (const text of texts) {
      for (const word of tokenize(text)) if (/^[a-z]+$/.test(word)) into.set(word, (into.get(word) ?? 0) + 1);
    }
  };
  const frequency = new Map<string, number>();
  count(edited, frequency);
  const fromQuestions = new Map<string, number>();
  count(asked, fromQuestions);
  for (const [word, n] of fromQuestions) {
    if (n >= 2 || frequency.has(word)) frequency.set(word, (frequency.get(word) ?? 0) + n);
  }
  return { words: [...frequency.keys()], frequencies: Float64Array.from(frequency.values()) };
}

// A run of letters and digits: a word is replaced only whole.
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** The text with each corrected word replaced (whole words, case-insensitive). */
export function applyCorrections(text: string, corrections: readonly Correction[]): string {
  if (corrections.length === 0) return text;
  const replacements = new Map(corrections.map((c) => [c.from.toLowerCase(), c.to]));
  return text.replace(WORD_RUN, (word) => replacements.get(word.toLowerCase()) ?? word);
}
