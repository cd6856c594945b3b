import Database from 'better-sqlite3';

/** Runs `PRAGMA integrity_check` on a question log file (read-only) and returns its verdict: `ok` when sound. */
export function checkIntegrity(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}
