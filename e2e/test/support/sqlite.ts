import { createRequire } from 'node:module';

/** The few better-sqlite3 calls the tests make on the question log file. */
export interface RawDatabase {
  pragma(source: string, options: { simple: true }): unknown;
  prepare(sql: string): { get(...params: unknown[]): unknown; all(...params: unknown[]): unknown[] };
  close(): void;
}

// better-sqlite3 is the question log's dependency, not the e2e package's: load it the way the log does.
const requireFromLog = createRequire(new URL('../../node_modules/@cobridge/question-log/package.json', import.meta.url));
const Database = requireFromLog('better-sqlite3') as new (path: string, options?: { readonly?: boolean }) => RawDatabase;

/** Opens a question log file directly (as an operator would after a crash). */
export function openRawDatabase(path: string): RawDatabase {
  return new Database(path);
}

/** What a reopened log file says about itself: the integrity check result and its rows' questions. */
export function inspectQuestionLog(path: string): { integrity: string; questions: string[] } {
  const db = openRawDatabase(path);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const rows = db.prepare('SELECT question FROM questions').all() as { question: string | null }[];
    return { integrity, questions: rows.map((row) => row.question ?? '') };
  } finally {
    db.close();
  }
}
