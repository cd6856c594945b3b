import { RecentReadings } from '../classify/recent-readings.js';

/** Finds known phrases in free text: case- and accent-insensitive, whole words only (except in Chinese script). */
export interface PhraseMatcher<T> {
  /** Every value whose phrase occurs in the text, once each, in order of first occurrence. */
  findAll(text: string): { value: T; matched: string }[];
}

/** Longest text a matcher reads; longer input is cut (questions are capped well below this). */
export const MAX_MATCH_TEXT = 4000;

const HAN = /\p{Script=Han}/u;

/** Text with no character beyond ASCII: it has no accents to strip, and decomposing it changes nothing. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lowercases and strips accents, so "biānzhì" matches "bianzhi". */
export function foldText(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A text folded and cut into words, with the place each word starts at. */
interface Reading {
  folded: string;
  words: string[];
  starts: number[];
  han: boolean;
}

/** A question is read by several matchers in turn (glossary, obligations, modes). */
const recent = new RecentReadings<Reading>(4);

/** The text (as a matcher reads it: cut to `MAX_MATCH_TEXT`) folded and cut into words. */
function readingOf(text: string): Reading {
  const remembered = recent.get(text);
  if (remembered !== undefined) return remembered;
  const folded = foldText(text.slice(0, MAX_MATCH_TEXT));
  const words = folded.match(WORD) ?? [];
  const starts: number[] = [];
  // Between two words there are no letters or digits, so each word is found first where the one before it ends.
  let end = 0;
  for (const word of words) {
    const start = folded.indexOf(word, end);
    starts.push(start);
    end = start + word.length;
  }
  return recent.remember(text, { folded, words, starts, han: HAN.test(folded) });
}

/** A phrase as folded words; the last may be a prefix ("regulat*"). Chinese phrases are matched as text. */
interface CompiledPhrase<T> {
  words: string[];
  prefix: boolean;
  value: T;
}

/**
 * Compiles phrases into a word index (no single large regular expression: that cost tens of milliseconds to compile on
 * the first question). Phrases match whole words; a longer phrase wins over a shorter one starting at the same word.
 */
export function compilePhrases<T>(entries: readonly { phrase: string; value: T }[]): PhraseMatcher<T> {
  const byFirst = new Map<string, CompiledPhrase<T>[]>();
  const prefixed: CompiledPhrase<T>[] = [];
  const han: { text: string; value: T }[] = [];
  for (const { phrase, value } of entries) {
    const folded = foldText(phrase.trim());
    if (HAN.test(folded)) {
      han.push({ text: folded.replace(/[\s-]+/gu, ''), value });
      continue;
    }
    const prefix = folded.endsWith('*');
    const words = (prefix ? folded.slice(0, -1) : folded).match(WORD) ?? [];
    if (words.length === 0) continue;
    const compiled = { words, prefix, value };
    if (prefix && words.length === 1) prefixed.push(compiled);
    else byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), compiled]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  // Longest first, so that of two Chinese phrases found at the same place the longer one is the match kept.
  han.sort((a, b) => b.text.length - a.text.length);
  /** The phrase found at word `i`: the longest starting with that word, else the first prefix phrase it starts with. */
  const phraseAt = (words: readonly string[], i: number): CompiledPhrase<T> | undefined => {
    const word = words[i]!;
    for (const p of byFirst.get(word) ?? []) if (matchesAt(words, i, p)) return p;
    for (const p of prefixed) if (word.startsWith(p.words[0]!) && matchesAt(words, i, p)) return p;
    return undefined;
  };
  return {
    findAll(text) {
      const { folded, words, starts, han: hasHan } = readingOf(text);
      const hits: { at: number; value: T; matched: string }[] = [];
      for (let i = 0; i < words.length; i++) {
        const hit = phraseAt(words, i);
        if (!hit) continue;
        const last = i + hit.words.length - 1;
        hits.push({ at: starts[i]!, value: hit.value, matched: folded.slice(starts[i]!, starts[last]! + words[last]!.length) });
        // The words of a match are used up, as a regular expression would: "social insurance" does not also give "insurance".
        i = last;
      }
      // A Chinese phrase is found only in a text with Chinese characters.
      if (hasHan)
        for (const { text: phrase, value } of han) {
          const at = folded.indexOf(phrase);
          if (at >= 0) hits.push({ at, value, matched: phrase });
        }
      if (hits.length === 0) return [];
      hits.sort((a, b) => a.at - b.at);
      const seen = new Set<T>();
      return hits.filter((h) => !seen.has(h.value) && seen.add(h.value)).map(({ value, matched }) => ({ value, matched }));
    },
  };
}

/** True when the phrase's words follow one another from word `at` (its last word as a prefix when it ends with "*"). */
function matchesAt<T>(words: readonly string[], at: number, phrase: CompiledPhrase<T>): boolean {
  const n = phrase.words.length;
  if (at + n > words.length) return false;
  for (let j = 0; j < n; j++) {
    const word = words[at + j]!;
    const w = phrase.words[j]!;
    if (phrase.prefix && j === n - 1 ? !word.startsWith(w) : word !== w) return false;
  }
  return true;
}

/** Compiles once per data object (knowledge is immutable, so the object is a safe cache key). */
export function cachedMatcher<K extends object, T>(
  cache: WeakMap<K, PhraseMatcher<T>>,
  key: K,
  build: (key: K) => { phrase: string; value: T }[],
): PhraseMatcher<T> {
  let matcher = cache.get(key);
  if (!matcher) {
    matcher = compilePhrases(build(key));
    cache.set(key, matcher);
  }
  return matcher;
}
