import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Speller } from './spelling.js';

/** The English lexicon that ships with `natural` (its Brill part-of-speech tagger's), read only when a model is trained. */
const LEXICON = 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';

/** Common words of chat the lexicon lacks. */
const CHAT_WORDS = ['half', 'info', 'dept', 'partway'];
/** Words of the lexicon that chat mostly types for another ("loose" for "lose"), or that are themselves misspelt. */
const MISTYPED = new Set(['loose', 'ther', 'assesment']);

/** Every lowercase word of the English lexicon (read from the `natural` package installed with this one), and of chat. */
export function englishLexicon(): string[] {
  const path = createRequire(import.meta.url).resolve(LEXICON);
  const words = Object.keys(JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
  return [...words.filter((w) => /^[a-z]+$/.test(w) && !MISTYPED.has(w)), ...CHAT_WORDS];
}

/**
 * The English words the speller would take for typos of the knowledge's words ("plain" for "plan", "dean" for "deal"):
 * the ones it must leave as they are. Worked out when the model is trained, so serving never reads the lexicon.
 */
export function wordsMistakenForTypos(speller: Speller, lexicon: readonly string[]): string[] {
  return lexicon.filter((word) => speller.suggest(word) !== undefined);
}
