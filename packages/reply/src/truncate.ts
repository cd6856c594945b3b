// Created on the first text that needs cutting: building a segmenter loads ICU data, which a start-up need not wait for.
let graphemes: Intl.Segmenter | undefined;

/** The ellipsis that ends a cut text. */
export const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` UTF-16 code units, ending with an ellipsis when it was cut; never splits a grapheme
 * (an emoji with modifiers, a flag, a letter with combining marks, a surrogate pair).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  let end = 0;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end)}${ELLIPSIS}`;
}

/** Collapses whitespace and cuts to `max`: a one-line summary. */
export function oneLine(text: string, max: number): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), max);
}
