import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isOperationalError } from '../src/index.js';

describe('isOperationalError', () => {
  it.each(['SQLITE_FULL', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'SQLITE_IOERR_WRITE'])(
    'treats %s as a condition of the environment',
    (code) => {
      expect(isOperationalError(new Database.SqliteError('failed', code))).toBe(true);
    },
  );

  it.each(['SQLITE_CONSTRAINT_CHECK', 'SQLITE_ERROR', 'SQLITE_MISUSE', 'SQLITE_RANGE'])('treats %s as a programming error', (code) => {
    expect(isOperationalError(new Database.SqliteError('failed', code))).toBe(false);
  });

  it('treats errors that did not come from SQLite as programming errors', () => {
    expect(isOperationalError(new TypeError('The database connection is not open'))).toBe(false);
  });
});
