import Database from 'better-sqlite3';

/** How long the check waits for another connection's write lock before calling the database not writable. */
const WRITE_LOCK_WAIT_MS = 2000;

/**
 * True when the question log at `path` exists and a write could start now: opens its own connection, takes the
 * write lock (`BEGIN IMMEDIATE`) and rolls back at once, so nothing is written. For readiness probes.
 */
export function isDatabaseWritable(path: string): boolean {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true, timeout: WRITE_LOCK_WAIT_MS });
    db.exec('BEGIN IMMEDIATE; ROLLBACK;');
    return true;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
