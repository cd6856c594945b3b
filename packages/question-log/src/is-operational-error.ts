import Database from 'better-sqlite3';

// Conditions of the environment (disk, locks, files), not of the calling code: a chat handler can do
// nothing about them, so writes report them instead of throwing. Constraint and SQL errors stay bugs.
const OPERATIONAL = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN|NOMEM|PROTOCOL|CORRUPT|NOTADB|INTERRUPT)/u;

/** True for SQLite errors caused by the environment (full disk, lock, unreadable file), else false. */
export function isOperationalError(error: unknown): error is InstanceType<typeof Database.SqliteError> {
  return error instanceof Database.SqliteError && OPERATIONAL.test(error.code);
}
