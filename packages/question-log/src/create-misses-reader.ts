import type { Database } from 'better-sqlite3';
import { timeWindow } from './time-window.js';
import { OUTCOMES, type Miss, type Outcome } from './types.js';

/** Arguments of `QuestionLog.misses`. */
export interface MissesQuery {
  /** Only questions of the last `days` UTC days; default: everything retained. */
  days?: number;
  /** At most this many groups; default 50. */
  limit?: number;
}

interface MissRow {
  question: string;
  count: number;
  lastAskedAt: string;
  outcomes: string;
  downVotes: number;
  topicId: string | null;
}

/** Prepares the misses query once and returns a function that runs it. */
export function createMissesReader(db: Database, now: () => Date): (query?: MissesQuery) => Miss[] {
  // Declined, clarified or voted down, with text (rows logged with storeText: false cannot be grouped).
  const select = db.prepare<{ from: string; limit: number }, MissRow>(`
    WITH voted AS (
      SELECT q.id, q.question_norm, q.asked_at, q.outcome, q.topic_id,
        (SELECT count(*) FROM votes v WHERE v.question_id = q.id AND v.direction = 'down') AS downs
      FROM questions q
      WHERE q.question_norm IS NOT NULL AND q.asked_at >= @from
    ),
    missed AS (SELECT * FROM voted WHERE outcome IN ('unknown', 'limited', 'clarify') OR downs > 0)
    SELECT question_norm AS question, count(*) AS count, max(asked_at) AS lastAskedAt,
      group_concat(DISTINCT outcome) AS outcomes, sum(downs) AS downVotes,
      (SELECT topic_id FROM missed latest
       WHERE latest.question_norm = missed.question_norm AND latest.topic_id IS NOT NULL
       ORDER BY latest.asked_at DESC, latest.id DESC LIMIT 1) AS topicId
    FROM missed GROUP BY question_norm
    ORDER BY count DESC, lastAskedAt DESC, question LIMIT @limit
  `);

  return ({ days, limit = 50 } = {}) => {
    const from = days === undefined ? '' : timeWindow(now(), days).from;
    return select.all({ from, limit }).map((row) => {
      const seen = new Set(row.outcomes.split(','));
      return { ...row, outcomes: OUTCOMES.filter((o: Outcome) => seen.has(o)) };
    });
  };
}
