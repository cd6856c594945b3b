import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One labelled utterance of a corpus. */
export const corpusRowSchema = z.object({ text: z.string(), intent: z.string().min(1) });
/** One labelled utterance of a corpus. */
export type CorpusRow = z.infer<typeof corpusRowSchema>;

/** A corpus file that is missing or malformed; the message names the file and line. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

/** Reads a `{"text", "intent"}` JSON Lines file; blank lines are skipped, anything else malformed is an error. */
export function readJsonl(file: string): CorpusRow[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CorpusError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const rows: CorpusRow[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CorpusError(`${file}:${i + 1}: not valid JSON`);
    }
    const row = corpusRowSchema.safeParse(value);
    if (!row.success) throw new CorpusError(`${file}:${i + 1}: expected {"text": string, "intent": non-empty string}`);
    rows.push({ text: row.data.text, intent: row.data.intent });
  });
  if (rows.length === 0) throw new CorpusError(`${file}: no rows`);
  return rows;
}
