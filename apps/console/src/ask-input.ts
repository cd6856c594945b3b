import { z } from 'zod';
import { AUDIENCES, type Audience } from '@cobridge/policy-knowledge/serve';

/** One line of `ask --json` input as a JSON object: the question, and optionally its conversation and audience. */
const askLineSchema = z.strictObject({
  question: z.string(),
  conversation: z.string().max(200).optional(),
  audience: z.enum(AUDIENCES).optional(),
});

/** A parsed input line: the question, the conversation it belongs to (if any) and who asks. */
export interface AskLine {
  question: string;
  conversation: string | undefined;
  audience: Audience | undefined;
}

/**
 * Reads one input line: plain text is a question on its own; a line starting with "{" is a JSON object
 * `{"question", "conversation"?, "audience"?}`. Throws a readable error for a malformed object.
 */
export function parseAskLine(line: string): AskLine {
  if (!line.trimStart().startsWith('{')) return { question: line, conversation: undefined, audience: undefined };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON (a line starting with "{" must be {"question", "conversation"?, "audience"?})');
  }
  const parsed = askLineSchema.safeParse(value);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
  return { question: parsed.data.question, conversation: parsed.data.conversation, audience: parsed.data.audience };
}
