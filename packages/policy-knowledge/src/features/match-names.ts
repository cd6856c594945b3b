import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { Lang } from '../engine/types.js';
import type { Knowledge } from '../knowledge.js';
import { listGlossary, lookupTerm, type GlossaryTerm } from './glossary.js';
import { foldText } from './phrase-matcher.js';

/** Mean word similarity (natural's Jaro–Winkler) a misspelt name needs to be offered. */
export const MIN_NAME_SIMILARITY = 0.88;
/** Below this, one word of what was typed rules the name out, however alike the others are. */
const MIN_WORD_SIMILARITY = 0.75;
/** Words this short are only matched as the start of a word (they are often still being typed). */
const MIN_FUZZY_WORD = 4;
/** Longest text compared; autocomplete input is short, anything longer is cut. */
const MAX_TYPED = 200;
/** Score of a name that contains the typed text as written (one that starts with it scores 2). */
const LITERAL = 1.5;

const wordsOf = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function wordSimilarity(word: string, nameWords: readonly string[]): number {
  if (nameWords.some((name) => name.startsWith(word))) return 1;
  if (word.length < MIN_FUZZY_WORD) return 0;
  return Math.max(0, ...nameWords.map((name) => JaroWinklerDistance(word, name)));
}

/**
 * How well typed text names something, from 0 to 2: 2 when a name starts with it, 1.5 when a name contains it,
 * else the mean Jaro–Winkler similarity of its words to the name's words (0 when one word is far off).
 */
export function nameScore(typed: string, names: readonly string[]): number {
  const needle = foldText(typed.slice(0, MAX_TYPED)).trim();
  if (needle === '') return 1;
  const folded = names.map(foldText);
  if (folded.some((name) => name.startsWith(needle))) return 2;
  if (folded.some((name) => name.includes(needle))) return LITERAL;
  const words = wordsOf(needle);
  if (words.length === 0) return 0;
  return Math.max(
    0,
    ...folded.map((name) => {
      const scores = words.map((word) => wordSimilarity(word, wordsOf(name)));
      return Math.min(...scores) < MIN_WORD_SIMILARITY ? 0 : scores.reduce((sum, s) => sum + s, 0) / scores.length;
    }),
  );
}

/**
 * The items a typed name finds, best first (ties keep the given order). Names that contain the text as written
 * win; only when none does are names offered that merely resemble it, so a misspelt name still finds its item
 * ("pensoin") without a correct one also finding its near neighbours ("bianzhi" is not "jianzhi").
 */
export function matchNames<T>(items: readonly T[], typed: string, namesOf: (item: T) => readonly string[]): T[] {
  const scored = items.map((item, index) => ({ item, index, score: nameScore(typed, namesOf(item)) }));
  const floor = scored.some(({ score }) => score >= LITERAL) ? LITERAL : MIN_NAME_SIMILARITY;
  return scored
    .filter(({ score }) => score >= floor)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The glossary term a word names, in `lang`: found in the text as written (English, Chinese or an alias), else the
 * term or alias nearest to a misspelling.
 */
export function findTerm(knowledge: Knowledge, typed: string, lang: Lang = 'en'): GlossaryTerm | undefined {
  return lookupTerm(knowledge, typed, lang) ?? matchNames(listGlossary(knowledge, lang), typed, (term) => [term.term, ...term.aliases])[0];
}
