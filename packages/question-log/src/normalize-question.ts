/** Grouping key for a question: Unicode NFKC, lowercase, whitespace collapsed and trimmed. */
export function normalizeQuestion(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
