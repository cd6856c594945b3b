import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { hashUser } from './hash-user.js';
import { isOperationalError } from './is-operational-error.js';
import { migrate } from './migrate.js';
import { maskPersonalData } from './mask-personal-data.js';
import { normalizeQuestion } from './normalize-question.js';
import { createMissesReader, type MissesQuery } from './create-misses-reader.js';
import { createStatsReader, type StatsQuery } from './create-stats-reader.js';
import { createInbox, type Inbox } from './create-inbox.js';
import type { Miss, Platform, QuestionEntry, QuestionLogOptions, QuestionStats, VoteDirection, WriteOperation } from './types.js';

const DAY_MS = 86_400_000;

interface VoteRow {
  id: number;
  direction: VoteDirection;
  /** The voter's hash; '' for a vote whose voter is unknown. */
  userHash: string;
  votedAt: string;
}

/** Creates the data folder (0700) and the database file (0600) before SQLite opens it; its WAL files inherit the mode. */
function createPrivately(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
  }
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);
}

/** An open question log; one per process, shared by every chat handler. */
export interface QuestionLog {
  /** Stores a question; returns its id, or null when a disk, lock or I/O error (see `onError`) stopped it. */
  record(entry: QuestionEntry): number | null;
  /** Sets `userHash`'s one vote on answer `id`, replacing that voter's earlier one; false for an unknown id or failed write. */
  vote(id: number, direction: VoteDirection, userHash?: string): boolean;
  /** The salted hash `record` stores for this user, for passing to `vote`. */
  hashUser(platform: Platform, userId: string): string;
  /** Counts per day, outcome shares, top topics and feedback for the last `days` UTC days. */
  stats(query: StatsQuery): QuestionStats;
  /** Declined, clarified or down-voted questions grouped by normalised text, most frequent first. */
  misses(query?: MissesQuery): Miss[];
  /** The durable inbox of acknowledged questions; its writes report disk errors to `onError` and never throw them. */
  inbox: Inbox;
  /** Deletes questions (and their votes) older than `retentionDays` before `now`; returns how many. */
  prune(now?: Date): number;
  /** Closes the database; later calls throw. */
  close(): void;
}

/**
 * Opens (creating the folder 0700 and the file 0600) and migrates the log, then prunes it once. Question text
 * is stored with e-mail addresses, phone and ID-card numbers and token-shaped strings masked.
 *
 * @remarks `record` and `vote` run inside chat handlers, so SQLite errors caused by the environment (busy,
 * locked, full, I/O, read-only, corrupt) go to `onError` and become `null` / `false`: the reply matters more
 * than its log row. Everything else (bad arguments, constraint violations, use after `close`) is a bug and
 * is thrown. Opening, `stats`, `misses` and `prune` throw every error: they run at start-up or for an admin.
 */
export function openQuestionLog(options: QuestionLogOptions): QuestionLog {
  const { path, salt, retentionDays = 90, storeText = true, busyTimeoutMs = 5000 } = options;
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? (() => undefined);
  if (salt.length === 0) throw new RangeError('salt must not be empty');
  if (!(retentionDays > 0)) throw new RangeError(`retentionDays must be positive, got ${retentionDays}`);

  if (path !== ':memory:') createPrivately(path);
  const db = new Database(path, { timeout: busyTimeoutMs });
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode never corrupts and loses nothing when the process dies; only a power cut can drop
    // the last commits. A log row is not worth an fsync per question.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const insert = db.prepare(`
    INSERT INTO questions (asked_at, platform, user_hash, question, question_norm, outcome,
      topic_id, confidence, knowledge_version, latency_ms)
    VALUES (@askedAt, @platform, @userHash, @question, @questionNorm, @outcome,
      @topicId, @confidence, @knowledgeVersion, @latencyMs)
  `);
  // One statement, so the existence check and the upsert are atomic; an unknown id changes nothing. Each voter
  // has one vote per answer: voting again changes it, another voter's vote is their own.
  const upsertVote = db.prepare<VoteRow>(`
    INSERT INTO votes (question_id, direction, user_hash, voted_at)
    SELECT id, @direction, @userHash, @votedAt FROM questions WHERE id = @id
    ON CONFLICT (question_id, user_hash) DO UPDATE
      SET direction = excluded.direction, voted_at = excluded.voted_at
  `);
  const deleteOld = db.prepare<[string]>('DELETE FROM questions WHERE asked_at < ?');
  const stats = createStatsReader(db, now);
  const misses = createMissesReader(db, now);
  const inbox = createInbox(db, now);

  function guard<T>(operation: WriteOperation, failed: T, write: () => T): T {
    try {
      return write();
    } catch (error) {
      if (!isOperationalError(error)) throw error;
      onError(error, operation);
      return failed;
    }
  }

  function prune(at: Date = now()): number {
    // Answered inbox keys are kept a day, long enough to recognise any redelivery or replay.
    inbox.prune(new Date(at.getTime() - DAY_MS));
    if (retentionDays === Infinity) return 0;
    return deleteOld.run(new Date(at.getTime() - retentionDays * DAY_MS).toISOString()).changes;
  }

  try {
    prune();
  } catch (error) {
    db.close();
    throw error;
  }

  return {
    record(entry) {
      const keepText = storeText && entry.outcome !== 'limited';
      const question = keepText ? maskPersonalData(entry.question) : null;
      const row = {
        askedAt: (entry.askedAt ?? now()).toISOString(),
        platform: entry.platform,
        userHash: hashUser(salt, entry.platform, entry.userId),
        // A refused (rate-limited) question is counted, never kept.
        question,
        questionNorm: question === null ? null : normalizeQuestion(question),
        outcome: entry.outcome,
        topicId: entry.topicId ?? null,
        confidence: entry.confidence ?? null,
        knowledgeVersion: entry.knowledgeVersion ?? null,
        latencyMs: entry.latencyMs == null ? null : Math.round(entry.latencyMs),
      };
      return guard('record', null, () => Number(insert.run(row).lastInsertRowid));
    },
    vote(id, direction, userHash) {
      const votedAt = now().toISOString();
      const row = { id, direction, userHash: userHash ?? '', votedAt };
      return guard('vote', false, () => upsertVote.run(row).changes > 0);
    },
    hashUser: (platform, userId) => hashUser(salt, platform, userId),
    inbox: {
      // A failed write must not cost the answer: the question is then answered without the crash protection.
      accept: (platform, key, payload) => guard('inbox', true, () => inbox.accept(platform, key, payload)),
      update: (platform, key, payload) => guard('inbox', false, () => inbox.update(platform, key, payload)),
      sending: (platform, key) => guard('inbox', undefined, () => inbox.sending(platform, key)),
      done: (platform, key) => guard('inbox', undefined, () => inbox.done(platform, key)),
      miss: (platform, key) => guard('inbox', undefined, () => inbox.miss(platform, key)),
      recover: inbox.recover,
      prune: inbox.prune,
    },
    stats,
    misses,
    prune,
    close: () => db.close(),
  };
}
