import { MAX_QUESTION_LENGTH } from '@cobridge/advisor-runtime';

const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** What is wrong with a question an inbound sanitiser produced: control or bidi characters, lone surrogates, length. */
export function questionViolations(platform: string, text: string): string[] {
  const problems: string[] = [];
  if (UNSAFE.test(text)) problems.push(`${platform} question keeps an unsafe character`);
  if (text.length > MAX_QUESTION_LENGTH) problems.push(`${platform} question of ${text.length} characters`);
  return problems;
}
