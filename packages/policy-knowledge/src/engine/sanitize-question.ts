/** Longest question the advisor reads; longer input is cut and the result says so. */
export const MAX_QUESTION_LENGTH = 1000;

/** A question made safe to classify, log and echo. */
export interface SanitizedQuestion {
  text: string;
  truncated: boolean;
}

// Control characters (except tab/newline, which become spaces below), lone surrogates and bidi overrides.
const CONTROL_AND_BIDI = String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]`;
const LONE_HIGH_SURROGATE = String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])`;
const LONE_LOW_SURROGATE = String.raw`(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;
const UNSAFE = new RegExp([CONTROL_AND_BIDI, LONE_HIGH_SURROGATE, LONE_LOW_SURROGATE].join('|'), 'gu');

/**
 * What cleaning would change (a character `UNSAFE` may remove, a surrogate, whitespace other than a single inner space, or
 * a space at either end): a text without it is already clean.
 */
const MAY_NEED_CLEANING = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]|[^\S ]|\s\s|^\s|\s$/;

/** Strips control characters and lone surrogates, collapses whitespace and cuts overly long input. */
export function sanitizeQuestion(raw: string, maxLength: number = MAX_QUESTION_LENGTH): SanitizedQuestion {
  // Look at a bounded prefix first so a megabyte of input costs no more than a few kilobytes.
  const head = raw.length > maxLength * 4 ? raw.slice(0, maxLength * 4) : raw;
  const cleaned = MAY_NEED_CLEANING.test(head) ? head.replace(UNSAFE, ' ').replace(/\s+/gu, ' ').trim() : head;
  if (cleaned.length <= maxLength && head.length === raw.length) return { text: cleaned, truncated: false };
  if (cleaned.length <= maxLength) return { text: cleaned, truncated: true };
  const cut = cleaned.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  const text = (lastSpace > maxLength * 0.8 ? cut.slice(0, lastSpace) : cut).replace(/[\uD800-\uDBFF]$/u, '');
  return { text, truncated: true };
}

/** True when the text holds something a classifier can read (a letter or a digit in any script). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
