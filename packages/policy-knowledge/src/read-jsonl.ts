import { z } from 'zod';

/** A labelled utterance row of an evaluation set or a corpus: `{"text", "intent"}`. */
export const labeledRowSchema = z.object({ text: z.string(), intent: z.string().min(1) });

/**
 * Parses JSON Lines text into rows checked by `schema`; blank lines are skipped, and a line that is not JSON or not a
 * valid row throws an error naming the file, the line and the fields at fault.
 */
export function parseJsonlRows<T>(text: string, file: string, schema: z.ZodType<T>): T[] {
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
    const row = schema.safeParse(value);
    if (!row.success) {
      const fields = row.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`);
      throw new Error(`${file}:${i + 1}: ${fields.join('; ')}`);
    }
    return [row.data];
  });
}
