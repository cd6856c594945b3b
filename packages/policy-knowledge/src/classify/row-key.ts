import type { LabeledText } from './types.js';

/**
 * Stable keys for training rows, so that the order rows are visited in, and which rows are held out, depend on each
 * row's own text and not on its position: adding or removing one training question leaves every other row where it was.
 */

/** A 32-bit FNV-1a hash of a row's text (its UTF-16 code units). */
export function rowKey(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A row's key scrambled with a salt (one per epoch), by murmur3's finaliser: a fresh, reproducible order each time. */
export function saltedKey(key: number, salt: number): number {
  let h = (key ^ salt) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The key of a labelled training row: its intent and its text. */
export function labeledRowKey(row: LabeledText): number {
  return rowKey(`${row.intent}\u0000${row.text}`);
}
