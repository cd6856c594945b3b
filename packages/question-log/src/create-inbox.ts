import type { Database } from 'better-sqlite3';
import type { Platform } from './types.js';

/** A question kept in the inbox that was acknowledged but not yet answered. */
export interface PendingQuestion {
  platform: Platform;
  /** The platform's unique id of the delivery (event id, trigger id, interaction id, message id). */
  key: string;
  receivedAt: string;
  /** `sending`: the process died while the answer was being sent, so it may have arrived: check before answering. */
  state: 'pending' | 'sending';
  /** What the platform sent, as the app stored it (enough to answer it again). */
  payload: string;
}

/** What a restart found in the inbox. */
export interface InboxRecovery {
  /** Young enough to answer now, oldest first. */
  pending: PendingQuestion[];
  /** Too old to answer; now marked missed. */
  missed: number;
}

/** The durable inbox: accept before acknowledging, mark done once answered, recover after a crash. */
export interface Inbox {
  /** Keeps a question; false when the key was seen before (a redelivery or a replay): do not answer it again. */
  accept(platform: Platform, key: string, payload: string): boolean;
  /** Replaces the payload of a question not yet answered (e.g. once it was acknowledged); false when it is done or missed. */
  update(platform: Platform, key: string, payload: string): boolean;
  /** Marks that the answer is being sent now (a crash from here on leaves it uncertain whether it arrived). */
  sending(platform: Platform, key: string): void;
  /** Marks a question answered and drops its payload. */
  done(platform: Platform, key: string): void;
  /** Marks a question missed: it can no longer be answered (its payload is dropped). */
  miss(platform: Platform, key: string): void;
  /** Unanswered questions of `platform` younger than `maxAgeMs` (oldest first); older ones are marked missed. */
  recover(platform: Platform, maxAgeMs: number): InboxRecovery;
  /** Deletes answered and missed entries older than `before`; returns how many. */
  prune(before: Date): number;
}

interface InboxRow {
  platform: Platform;
  key: string;
  receivedAt: string;
  state: 'pending' | 'sending';
  payload: string | null;
}

/** The inbox on the question log's database (the `inbox` table). */
export function createInbox(db: Database, now: () => Date): Inbox {
  const insert = db.prepare(
    `INSERT INTO inbox (platform, key, received_at, payload, state) VALUES (?, ?, ?, ?, 'pending') ON CONFLICT DO NOTHING`,
  );
  const updatePayload = db.prepare(`UPDATE inbox SET payload = ? WHERE platform = ? AND key = ? AND state IN ('pending', 'sending')`);
  const markSending = db.prepare(`UPDATE inbox SET state = 'sending' WHERE platform = ? AND key = ? AND state = 'pending'`);
  const markDone = db.prepare(`UPDATE inbox SET state = 'done', payload = NULL WHERE platform = ? AND key = ?`);
  const markOneMissed = db.prepare(`UPDATE inbox SET state = 'missed', payload = NULL WHERE platform = ? AND key = ?`);
  const markMissed = db.prepare(
    `UPDATE inbox SET state = 'missed', payload = NULL WHERE platform = ? AND state IN ('pending', 'sending') AND received_at < ?`,
  );
  const selectPending = db.prepare<[Platform], InboxRow>(
    `SELECT platform, key, received_at AS receivedAt, state, payload FROM inbox
     WHERE platform = ? AND state IN ('pending', 'sending') ORDER BY received_at`,
  );
  const deleteOld = db.prepare(`DELETE FROM inbox WHERE state IN ('done', 'missed') AND received_at < ?`);

  return {
    accept: (platform, key, payload) => insert.run(platform, key, now().toISOString(), payload).changes > 0,
    update: (platform, key, payload) => updatePayload.run(payload, platform, key).changes > 0,
    sending(platform, key) {
      markSending.run(platform, key);
    },
    done(platform, key) {
      markDone.run(platform, key);
    },
    miss(platform, key) {
      markOneMissed.run(platform, key);
    },
    recover(platform, maxAgeMs) {
      const cutoff = new Date(now().getTime() - maxAgeMs).toISOString();
      return db.transaction(() => {
        const missed = markMissed.run(platform, cutoff).changes;
        const pending = selectPending
          .all(platform)
          .filter((row): row is InboxRow & { payload: string } => row.payload !== null)
          .map((row) => ({ ...row }));
        return { pending, missed };
      })();
    },
    prune: (before) => deleteOld.run(before.toISOString()).changes,
  };
}

/** An inbox kept in memory, for a bot running without a question log: it deduplicates but survives no crash. */
export function createMemoryInbox(now: () => Date = () => new Date(), capacity = 10_000): Inbox {
  const seen = new Map<string, string>();
  const id = (platform: Platform, key: string): string => `${platform}\u0000${key}`;
  return {
    accept(platform, key) {
      if (seen.has(id(platform, key))) return false;
      seen.set(id(platform, key), now().toISOString());
      if (seen.size > capacity) seen.delete(seen.keys().next().value as string);
      return true;
    },
    update: () => false,
    sending: () => undefined,
    done: () => undefined,
    miss: () => undefined,
    recover: () => ({ pending: [], missed: 0 }),
    prune: () => 0,
  };
}
