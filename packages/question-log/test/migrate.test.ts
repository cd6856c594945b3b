import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, SchemaVersionError } from '../src/index.js';
import { migrate } from '../src/migrate.js';
import { useTempLog } from './helpers/use-temp-log.js';

const temp = useTempLog();
const V1 = readFileSync(new URL('fixtures/schema-v1.sql', import.meta.url), 'utf8');

function writeDatabase(path: string, sql: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

function inspect(path: string): { version: unknown; columns: string[] } {
  const db = new Database(path, { readonly: true });
  const version = db.pragma('user_version', { simple: true });
  const columns = (db.pragma('table_info(questions)') as { name: string }[]).map((c) => c.name);
  db.close();
  return { version, columns };
}

describe('migrate', () => {
  it('creates a new database at the current schema version', () => {
    temp.open().close();
    expect(SCHEMA_VERSION).toBe(4);
    expect(inspect(temp.path())).toMatchObject({ version: SCHEMA_VERSION });
  });

  it('upgrades a version 1 file, keeping its rows and backfilling the normalised text', () => {
    writeDatabase(temp.path(), V1);
    const log = temp.open();
    expect(log.stats({ days: 7 }).total).toBe(3);
    expect(log.misses()).toEqual([
      {
        question: 'who signs the internship agreement?',
        count: 2,
        lastAskedAt: '2025-03-09T09:00:00.000Z',
        outcomes: ['clarify', 'unknown'],
        downVotes: 0,
        topicId: 'agreement.signing',
      },
    ]);
    expect(log.record({ platform: 'slack', userId: 'U', question: 'q', outcome: 'answer' })).toBe(4);
    log.close();
    expect(inspect(temp.path())).toEqual({ version: 4, columns: expect.arrayContaining(['question_norm']) });
  });

  it('reads the schema afresh when another process ran the later migrations (two bots starting on one new file)', () => {
    writeDatabase(temp.path(), V1);
    const stale = new Database(temp.path());
    // This connection reads the version 1 schema, as one that ran the first migrations itself would have.
    stale.prepare('SELECT count(*) FROM votes').get();
    const other = new Database(temp.path());
    migrate(other);
    other.close();
    migrate(stale);
    const upsert = `INSERT INTO votes (question_id, direction, user_hash, voted_at) VALUES (1, 'up', 'u', 't')
      ON CONFLICT (question_id, user_hash) DO NOTHING`;
    expect(() => stale.prepare(upsert)).not.toThrow();
    stale.close();
  });

  it('opens an up-to-date file again without touching its rows', () => {
    const log = temp.open();
    log.record({ platform: 'slack', userId: 'U', question: 'q', outcome: 'answer' });
    log.close();
    expect(temp.open().stats({ days: 1 }).total).toBe(1);
  });

  it('rolls a failing migration back and leaves the file at its old version', () => {
    writeDatabase(temp.path(), `${V1}\nALTER TABLE questions ADD COLUMN question_norm TEXT;`);
    expect(() => temp.open()).toThrow(/duplicate column name: question_norm/);
    const db = new Database(temp.path(), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'questions_norm'").all()).toEqual([]);
    db.close();
  });

  it('refuses a database written by newer code with a clear error', () => {
    writeDatabase(temp.path(), 'CREATE TABLE future (x); PRAGMA user_version = 99;');
    expect(() => temp.open()).toThrow(SchemaVersionError);
    expect(() => temp.open()).toThrow('question log schema version 99 is newer than this code supports (4)');
    expect(inspect(temp.path()).version).toBe(99);
  });
});
