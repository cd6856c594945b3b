import { sanitizeQuestion } from '@cobridge/advisor-runtime';

/**
 * Turns a Discord message or option into a plain question: removes user, role and channel mentions,
 * `@everyone`/`@here`, custom emoji and markdown markers, then sanitizes (control characters, length).
 */
export function toQuestion(raw: string): { text: string; truncated: boolean } {
  const plain = raw
    .replace(/<a?:(\w{1,32}):\d+>/gu, '$1')
    .replace(/<(@[!&]?|#)\d+>/gu, ' ')
    .replace(/<\/[\w -]+:\d+>/gu, ' ')
    .replace(/@(everyone|here)\b/giu, ' ')
    .replace(/[*_~`|>]+/gu, ' ');
  return sanitizeQuestion(plain);
}
