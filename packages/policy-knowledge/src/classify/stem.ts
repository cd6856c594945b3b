import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** Most stems kept in memory; the memo is cleared when it fills, so hostile input cannot grow it without bound. */
const MAX_MEMO = 200_000;
/** Tokens longer than this are not stemmed (no English suffix rule matters there, and it bounds the work). */
const MAX_STEM_LENGTH = 40;

const memo = new Map<string, string>();

/** Porter-stems a lowercase token, memoised; tokens with non-ASCII letters or digits are kept as they are. */
export function stem(token: string): string {
  const hit = memo.get(token);
  if (hit !== undefined) return hit;
  const porter = token.length > 2 && token.length <= MAX_STEM_LENGTH && /^[a-z']+$/.test(token) ? PorterStemmer.stem(token) : token;
  // Porter stems "used" and "using" to "us": they stay apart from the pronoun ("for us to hire" is not "used to hire").
  const stemmed = porter === 'us' && token !== 'us' ? 'use' : porter;
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(token, stemmed);
  return stemmed;
}

/** Fills the memo with stems worked out earlier (`words[i]` stems to `stems[i]`), so a start stems nothing twice. */
export function rememberStems(words: readonly string[], stems: readonly string[]): void {
  for (let i = 0; i < words.length && memo.size < MAX_MEMO; i++) memo.set(words[i]!, stems[i]!);
}
