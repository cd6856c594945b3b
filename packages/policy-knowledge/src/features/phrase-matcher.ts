/** Finds known phrases in free text: case- and accent-insensitive, whole words only (except in Chinese script). */
export interface PhraseMatcher<T> {
  /** Every value whose phrase occurs in the text, once each, in order of first occurrence. */
  findAll(text: string): { value: T; matched: string }[];
}

/** Longest text a matcher reads; longer input is cut (questions are capped well below this). */
export const MAX_MATCH_TEXT = 4000;

const HAN = /\p{Script=Han}/u;

/** Lowercases and strips accents, so "biānzhì" matches "bianzhi". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function phrasePattern(phrase: string): string {
  const folded = foldText(phrase.trim());
  const wildcard = folded.endsWith('*');
  const body = (wildcard ? folded.slice(0, -1) : folded)
    .split(/[\s-]+/u)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[\\s-]+');
  if (HAN.test(folded)) return body;
  return `(?<![\\p{L}\\p{N}])${body}${wildcard ? '\\p{L}*' : ''}(?![\\p{L}\\p{N}])`;
}

/** Compiles phrases into one regular expression; longer phrases win over shorter ones at the same place. */
export function compilePhrases<T>(entries: readonly { phrase: string; value: T }[]): PhraseMatcher<T> {
  const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
  if (sorted.length === 0) return { findAll: () => [] };
  const regex = new RegExp(sorted.map((e) => `(${phrasePattern(e.phrase)})`).join('|'), 'gu');
  return {
    findAll(text) {
      const found: { value: T; matched: string }[] = [];
      const seen = new Set<T>();
      for (const match of foldText(text.slice(0, MAX_MATCH_TEXT)).matchAll(regex)) {
        const index = match.slice(1).findIndex((group) => group !== undefined);
        const entry = sorted[index];
        if (!entry || seen.has(entry.value)) continue;
        seen.add(entry.value);
        found.push({ value: entry.value, matched: match[0] });
      }
      return found;
    },
  };
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
