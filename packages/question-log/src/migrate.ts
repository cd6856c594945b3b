import type { Database } from 'better-sqlite3';
import { normalizeQuestion } from './normalize-question.js';
import { SchemaVersionError } from './schema-version-error.js';

interface Migration {
  version: number;
  up: (db: Database) => void;
}

// Append only: a released migration never changes, a new one gets the next version.
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up: (db) => {
      db.exec(`
        CREATE TABLE questions (
          id INTEGER PRIMARY KEY,
          asked_at TEXT NOT NULL,
          platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord', 'console')),
          user_hash TEXT NOT NULL,
          question TEXT,
          outcome TEXT NOT NULL CHECK (outcome IN ('answer', 'clarify', 'unknown', 'limited', 'error')),
          topic_id TEXT,
          confidence REAL,
          knowledge_version TEXT,
          latency_ms INTEGER
        );
        CREATE INDEX questions_asked_at ON questions (asked_at);
        CREATE TABLE votes (
          question_id INTEGER PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
          direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
          user_hash TEXT,
          voted_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 2,
    up: (db) => {
      // Misses group by normalised text; SQLite's lower() is ASCII only, so the key is computed in JS.
      db.function('cobridge_normalize', { deterministic: true }, (text: unknown) =>
        typeof text === 'string' ? normalizeQuestion(text) : null,
      );
      db.exec(`
        ALTER TABLE questions ADD COLUMN question_norm TEXT;
        UPDATE questions SET question_norm = cobridge_normalize(question);
        CREATE INDEX questions_norm ON questions (question_norm) WHERE question_norm IS NOT NULL;
      `);
    },
  },
  {
    version: 3,
    up: (db) => {
      // The durable inbox: a question is kept here from before its acknowledgement until it is answered.
      db.exec(`
        CREATE TABLE inbox (
          platform TEXT NOT NULL,
          key TEXT NOT NULL,
          received_at TEXT NOT NULL,
          payload TEXT,
          state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'done', 'missed')),
          PRIMARY KEY (platform, key)
        ) WITHOUT ROWID;
        CREATE INDEX inbox_state ON inbox (state, received_at);
      `);
    },
  },
  {
    version: 4,
    up: (db) => {
      // One vote per voter per answer (was: one per answer, the last voter replacing the others).
      db.exec(`
        CREATE TABLE votes_by_voter (
          question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
          user_hash TEXT NOT NULL DEFAULT '',
          direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
          voted_at TEXT NOT NULL,
          PRIMARY KEY (question_id, user_hash)
        );
        INSERT INTO votes_by_voter (question_id, user_hash, direction, voted_at)
          SELECT question_id, coalesce(user_hash, ''), direction, voted_at FROM votes;
        DROP TABLE votes;
        ALTER TABLE votes_by_voter RENAME TO votes;
      `);
    },
  },
];

/** Schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Upgrades `db` to {@link SCHEMA_VERSION}, one transaction per migration; refuses a newer file. */
export function migrate(db: Database): void {
  const found = userVersion(db);
  if (found > SCHEMA_VERSION) throw new SchemaVersionError(found, SCHEMA_VERSION);
  for (const migration of MIGRATIONS) {
    // The version is re-read under the write lock: another process may have run this migration meanwhile.
    db.transaction(() => {
      if (userVersion(db) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  // Another process may have run the later migrations after this connection read the schema: a statement that reads
  // the schema table makes SQLite check its schema cookie and reload, so the statements prepared next see the tables
  // as they are (else "ON CONFLICT clause does not match…" on a new file two bots open at once).
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}
