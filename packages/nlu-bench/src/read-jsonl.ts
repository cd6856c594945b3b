import { readFileSync } from 'node:fs';
import { labeledRowSchema, parseJsonlRows } from '@cobridge/policy-knowledge';
import type { z } from 'zod';

/** One labelled utterance of a corpus: the evaluation sets' row schema. */
export const corpusRowSchema = labeledRowSchema;
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
  let rows: CorpusRow[];
  try {
    rows = parseJsonlRows(content, file, corpusRowSchema);
  } catch (error) {
    throw new CorpusError(error instanceof Error ? error.message : String(error));
  }
  if (rows.length === 0) throw new CorpusError(`${file}: no rows`);
  return rows;
}
