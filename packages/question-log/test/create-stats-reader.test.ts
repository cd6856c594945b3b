import { describe, expect, it } from 'vitest';
import type { Outcome, QuestionLog } from '../src/index.js';
import { NOW, useTempLog } from './helpers/use-temp-log.js';

const temp = useTempLog();

function ask(log: QuestionLog, askedAt: string, outcome: Outcome, topicId?: string): number {
  const entry = { platform: 'slack', userId: 'U', question: 'q', outcome, topicId } as const;
  const id = log.record({ ...entry, askedAt: new Date(askedAt) });
  if (id === null) throw new Error('record failed');
  return id;
}

describe('stats', () => {
  it('reports zeros for an empty log', () => {
    expect(temp.open().stats({ days: 2 })).toEqual({
      from: '2025-03-09T00:00:00.000Z',
      to: '2025-03-11T00:00:00.000Z',
      total: 0,
      perDay: [
        { day: '2025-03-09', count: 0 },
        { day: '2025-03-10', count: 0 },
      ],
      byOutcome: { answer: 0, clarify: 0, unknown: 0, limited: 0, error: 0 },
      share: { answered: 0, clarified: 0, declined: 0, errored: 0 },
      topTopics: [],
      feedback: { up: 0, down: 0, balance: 0 },
    });
  });

  it('counts questions per UTC day, outcome shares, top topics and votes of the window', () => {
    const log = temp.open();
    ask(log, '2025-03-07T23:59:59.999Z', 'answer', 'leave.days'); // before the 3-day window
    const a = ask(log, '2025-03-08T00:00:00.000Z', 'answer', 'leave.days');
    const b = ask(log, '2025-03-08T08:00:00.000Z', 'answer', 'leave.days');
    const c = ask(log, '2025-03-09T08:00:00.000Z', 'answer', 'pay.rate');
    ask(log, '2025-03-10T08:00:00.000Z', 'clarify', 'pay.rate');
    ask(log, '2025-03-10T09:00:00.000Z', 'unknown', 'insurance.basic');
    ask(log, '2025-03-10T10:00:00.000Z', 'limited');
    ask(log, '2025-03-10T11:00:00.000Z', 'error');
    ask(log, '2025-03-10T11:30:00.000Z', 'answer', 'leave.days');
    log.vote(a, 'up');
    log.vote(b, 'up');
    log.vote(c, 'down');

    const stats = log.stats({ days: 3, topTopics: 2 });
    expect(stats.total).toBe(8);
    expect(stats.perDay).toEqual([
      { day: '2025-03-08', count: 2 },
      { day: '2025-03-09', count: 1 },
      { day: '2025-03-10', count: 5 },
    ]);
    expect(stats.byOutcome).toEqual({ answer: 4, clarify: 1, unknown: 1, limited: 1, error: 1 });
    expect(stats.share).toEqual({ answered: 0.5, clarified: 0.125, declined: 0.25, errored: 0.125 });
    expect(stats.topTopics).toEqual([
      { topicId: 'leave.days', count: 3 },
      { topicId: 'pay.rate', count: 2 },
    ]);
    expect(stats.feedback).toEqual({ up: 2, down: 1, balance: 1 });
  });

  it('uses the clock given at open to place the window', () => {
    const log = temp.open({ now: () => new Date(NOW.getTime() + 86_400_000) });
    ask(log, '2025-03-10T08:00:00.000Z', 'answer');
    expect(log.stats({ days: 1 }).total).toBe(0);
    expect(log.stats({ days: 2 }).total).toBe(1);
  });

  it('rejects a window that is not a positive whole number of days', () => {
    const log = temp.open();
    expect(() => log.stats({ days: 0 })).toThrow(RangeError);
    expect(() => log.stats({ days: 1.5 })).toThrow(RangeError);
  });
});
