import { stem } from './stem.js';

/** Lowercased word stems joined by single spaces, padded, so phrases can be found whole (the whole text, uncapped). */
export function stemmedText(text: string): string {
  const words =
    text
      .replace(/-/g, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:'\p{L}+)?/gu) ?? [];
  return ` ${words.map(stem).join(' ')} `;
}
