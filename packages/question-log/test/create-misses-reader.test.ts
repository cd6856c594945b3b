import { describe, expect, it } from 'vitest';
import { normalizeQuestion, type Outcome, type QuestionLog } from '../src/index.js';
import { useTempLog } from './helpers/use-temp-log.js';

const temp = useTempLog();

function ask(log: QuestionLog, question: string, outcome: Outcome, at: string, topicId?: string): number {
  const askedAt = new Date(at);
  const id = log.record({ platform: 'discord', userId: 'U', question, outcome, topicId, askedAt });
  if (id === null) throw new Error('record failed');
  return id;
}

describe('normalizeQuestion', () => {
  it('lowercases and collapses whitespace, including full-width forms', () => {
    expect(normalizeQuestion('  Can\tI\n\nTAKE  Ｌeave? ')).toBe('can i take leave?');
  });
});

describe('misses', () => {
  function seed(log: QuestionLog): void {
    ask(log, 'Who pays insurance?', 'unknown', '2025-03-01T10:00:00.000Z', 'insurance.basic');
    ask(log, 'who  pays INSURANCE?', 'limited', '2025-03-09T10:00:00.000Z');
    ask(log, 'Who pays insurance? ', 'clarify', '2025-03-05T10:00:00.000Z', 'insurance.employer');
    ask(log, 'Can I work Sundays?', 'clarify', '2025-03-02T10:00:00.000Z', 'hours.weekend');
    ask(log, 'can i work sundays?', 'unknown', '2025-03-03T10:00:00.000Z', 'hours.weekend');
    const voted = ask(log, 'What is the stipend?', 'answer', '2025-03-10T09:00:00.000Z', 'pay.stipend');
    log.vote(voted, 'down');
    const liked = ask(log, 'What is the stipend?', 'answer', '2025-03-10T10:00:00.000Z', 'pay.stipend');
    log.vote(liked, 'up');
    ask(log, 'How long is probation?', 'answer', '2025-03-10T10:00:00.000Z', 'probation.length');
    ask(log, 'Crash please', 'error', '2025-03-10T10:00:00.000Z');
  }

  it('groups declined, clarified and down-voted questions, most frequent then most recent first', () => {
    const log = temp.open();
    seed(log);
    expect(log.misses()).toEqual([
      {
        question: 'who pays insurance?',
        count: 2,
        lastAskedAt: '2025-03-05T10:00:00.000Z',
        outcomes: ['clarify', 'unknown'],
        downVotes: 0,
        topicId: 'insurance.employer',
      },
      {
        question: 'can i work sundays?',
        count: 2,
        lastAskedAt: '2025-03-03T10:00:00.000Z',
        outcomes: ['clarify', 'unknown'],
        downVotes: 0,
        topicId: 'hours.weekend',
      },
      {
        question: 'what is the stipend?',
        count: 1,
        lastAskedAt: '2025-03-10T09:00:00.000Z',
        outcomes: ['answer'],
        downVotes: 1,
        topicId: 'pay.stipend',
      },
    ]);
  });

  it('limits the number of groups and the time window', () => {
    const log = temp.open();
    seed(log);
    expect(log.misses({ limit: 1 }).map((m) => m.question)).toEqual(['who pays insurance?']);
    expect(log.misses({ days: 2 })).toEqual([expect.objectContaining({ question: 'what is the stipend?', count: 1 })]);
  });

  it('counts a refused (rate-limited) question without keeping its text, so it is never a miss', () => {
    const log = temp.open();
    seed(log);
    expect(log.stats({ days: 30 }).byOutcome.limited).toBe(1);
    expect(log.misses().flatMap((m) => m.outcomes)).not.toContain('limited');
  });
});
