import type { Database } from 'better-sqlite3';
import { timeWindow } from './time-window.js';
import { OUTCOMES, type DayCount, type Outcome, type QuestionStats, type TopicCount } from './types.js';

/** Arguments of `QuestionLog.stats`. */
export interface StatsQuery {
  /** Number of UTC days, today included. */
  days: number;
  /** How many topics `topTopics` lists; default 10. */
  topTopics?: number;
}

const IN_WINDOW = 'asked_at >= @from AND asked_at < @to';

/** Prepares the stats queries once and returns a function that runs them in one read snapshot. */
export function createStatsReader(db: Database, now: () => Date): (query: StatsQuery) => QuestionStats {
  const perDay = db.prepare<{ from: string; to: string }, DayCount>(
    `SELECT substr(asked_at, 1, 10) AS day, count(*) AS count FROM questions WHERE ${IN_WINDOW} GROUP BY day`,
  );
  const byOutcome = db.prepare<{ from: string; to: string }, { outcome: Outcome; count: number }>(
    `SELECT outcome, count(*) AS count FROM questions WHERE ${IN_WINDOW} GROUP BY outcome`,
  );
  const topTopics = db.prepare<{ from: string; to: string; limit: number }, TopicCount>(
    `SELECT topic_id AS topicId, count(*) AS count FROM questions
     WHERE ${IN_WINDOW} AND topic_id IS NOT NULL
     GROUP BY topic_id ORDER BY count DESC, topic_id LIMIT @limit`,
  );
  const feedback = db.prepare<{ from: string; to: string }, { up: number; down: number }>(
    `SELECT coalesce(sum(v.direction = 'up'), 0) AS up, coalesce(sum(v.direction = 'down'), 0) AS down
     FROM votes v JOIN questions q ON q.id = v.question_id WHERE q.asked_at >= @from AND q.asked_at < @to`,
  );

  const read = db.transaction(({ days, topTopics: limit = 10 }: StatsQuery): QuestionStats => {
    const window = timeWindow(now(), days);
    const counts = new Map(perDay.all(window).map((row) => [row.day, row.count]));
    const filled: DayCount[] = [];
    for (let t = Date.parse(window.from); t < Date.parse(window.to); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      filled.push({ day, count: counts.get(day) ?? 0 });
    }
    const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
    for (const row of byOutcome.all(window)) outcomes[row.outcome] = row.count;
    const total = filled.reduce((sum, d) => sum + d.count, 0);
    const share = (n: number): number => (total === 0 ? 0 : n / total);
    const votes = feedback.get(window) ?? { up: 0, down: 0 };
    return {
      ...window,
      total,
      perDay: filled,
      byOutcome: outcomes,
      share: {
        answered: share(outcomes.answer),
        clarified: share(outcomes.clarify),
        declined: share(outcomes.unknown + outcomes.limited),
        errored: share(outcomes.error),
      },
      topTopics: topTopics.all({ ...window, limit }),
      feedback: { ...votes, balance: votes.up - votes.down },
    };
  });
  return (query) => read(query);
}
