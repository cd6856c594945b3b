import { RecentReadings } from './recent-readings.js';
import { segmentHan } from './segment-chinese.js';
import { stemOfWord, wordId, wordTableGeneration } from './word-table.js';

/** Characters of an utterance looked at; longer text is cut (a question never needs more). */
export const MAX_CHARS = 2_000;
/** Tokens of an utterance looked at, after the character cap. */
export const MAX_TOKENS = 128;
/** Characters of one token looked at; longer tokens are cut. */
export const MAX_TOKEN_CHARS = 32;

const TOKEN = /[\p{L}\p{N}]+(?:'\p{L}+)?/gu;
const HAN = /\p{Script=Han}/u;
const CURLY = /[\u2018\u2019\u02bc]/;
const CURLY_ALL = /[\u2018\u2019\u02bc]/g;

/** A text's tokens, and (once asked) their word ids and stems. */
interface Reading {
  tokens: string[];
  ids?: Int32Array;
  /** The word table's generation the ids were given in. */
  idsIn?: number;
  stems?: string[];
}

/** A question is tokenised (and stemmed) by several readers in turn (classifier, concepts, examples). */
const recent = new RecentReadings<Reading>(8);

/** The remembered reading of a text, made when it is not among the last few. */
function readingOf(text: string): Reading {
  return recent.get(text) ?? recent.remember(text, { tokens: splitTokens(text) });
}

/** Lowercases an utterance and splits it into word tokens (letters and digits, with an inner apostrophe). */
export function tokenize(text: string): string[] {
  return readingOf(text).tokens.slice();
}

/** The tokens of an utterance as `tokenize` gives them, shared with the other readers of the text: not to be changed. */
export function readTokens(text: string): readonly string[] {
  return readingOf(text).tokens;
}

/** The Porter stems of an utterance's tokens, in order (`tokenize(text).map(stem)`). */
export function tokenStems(text: string): string[] {
  return readStems(text).slice();
}

/** The stems of an utterance as `tokenStems` gives them, shared with the other readers of the text: not to be changed. */
export function readStems(text: string): readonly string[] {
  const reading = readingOf(text);
  if (reading.stems === undefined) {
    const ids = idsOf(reading);
    reading.stems = reading.tokens.map((token, i) => stemOfWord(ids[i]!, token));
  }
  return reading.stems;
}

/** The ids (see `wordId`) of the tokens of an utterance as `readTokens` gives them: not to be changed. */
export function readWordIds(text: string): Int32Array {
  return idsOf(readingOf(text));
}

/** The reading's word ids, given again when the word table has started afresh since (or while) they were given. */
function idsOf(reading: Reading): Int32Array {
  while (reading.ids === undefined || reading.idsIn !== wordTableGeneration()) {
    reading.idsIn = wordTableGeneration();
    reading.ids = wordIdsOf(reading.tokens);
  }
  return reading.ids;
}

function wordIdsOf(tokens: readonly string[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) ids[i] = wordId(tokens[i]!);
  return ids;
}

function splitTokens(text: string): string[] {
  const clipped = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const lower = clipped.toLowerCase();
  // One `match` call (no iterator, no match objects); curly apostrophes are rare, so checked before replacing.
  const matched = (CURLY.test(lower) ? lower.replace(CURLY_ALL, "'") : lower).match(TOKEN) ?? [];
  // Chinese has no spaces: a run of Han characters is one "token" until it is cut into words.
  const tokens = HAN.test(lower) ? segmentHan(matched) : matched;
  if (tokens.length > MAX_TOKENS) tokens.length = MAX_TOKENS;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.length > MAX_TOKEN_CHARS) tokens[i] = tokens[i]!.slice(0, MAX_TOKEN_CHARS);
  }
  return tokens;
}

/** The character 3- to 5-grams of one unstemmed token padded with spaces (" pension " → " pe", "pen", …). */
export function charGrams(token: string): string[] {
  const padded = ` ${token} `;
  const grams: string[] = [];
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  }
  return grams;
}

/** Start and end markers of the word bigrams. */
export const BOS = '<s>';
export const EOS = '</s>';

/** The word unigrams and bigrams (with start/end markers) of a stemmed utterance. */
export function wordGrams(stems: readonly string[]): string[] {
  const grams = [...stems];
  let previous = BOS;
  for (const s of stems) {
    grams.push(`${previous} ${s}`);
    previous = s;
  }
  if (stems.length > 0) grams.push(`${previous} ${EOS}`);
  return grams;
}
