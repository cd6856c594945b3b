import { describe, expect, it } from 'vitest';
import { openQuestionLog, type Outcome } from '@cobridge/question-log';
import { kb, useTempFolder } from './helpers/kb.js';

const temp = useTempFolder();

const DAY_MS = 86_400_000;

/** Fills a question log the way the bots do: a few misses, an answer voted down, and answers nobody minded. */
function fillLog(path: string): void {
  const log = openQuestionLog({ path, salt: 'test-salt-for-the-kb-tests' });
  const ask = (question: string, outcome: Outcome, topicId: string | null, daysAgo = 0) =>
    log.record({ platform: 'slack', userId: 'U1', question, outcome, topicId, askedAt: new Date(Date.now() - daysAgo * DAY_MS) });
  ask('Is my pension paid abroad?', 'unknown', 'leave.social-insurance');
  ask('is my pension   paid abroad?', 'unknown', 'leave.social-insurance');
  ask('Is my pension paid abroad?', 'clarify', 'leave.social-insurance');
  ask('Pension or insurance?', 'clarify', 'leave.social-insurance');
  ask('What is the weather?', 'unknown', null);
  ask('Old question from last year', 'unknown', null, 400);
  const voted = ask('Who pays my injury insurance?', 'answer', 'leave.injury-insurance');
  if (voted === null) throw new Error('record failed');
  log.vote(voted, 'down');
  ask('Who pays my social insurance?', 'answer', 'leave.social-insurance');
  log.close();
}

describe('kb misses', () => {
  it('lists declined, clarified and down-voted questions by nearest topic title, most frequent first', () => {
    const dir = temp.copyKnowledge();
    const db = temp.path('data', 'cobridge.db');
    fillLog(db);
    const run = kb(['misses', '--dir', dir, '--db', db, '--days', '30']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const at = (text: string) => lines.findIndex((l) => l.startsWith(text));
    expect(lines[0]).toBe('Missed questions (the last 30 days): 6 questions asked, 4 distinct.');
    expect(at('Social insurance (pension) while on leave [leave.social-insurance]: 4 questions')).toBeGreaterThan(0);
    expect(at('  3× "is my pension paid abroad?" (clarify/unknown, last ')).toBe(at('Social insurance') + 1);
    expect(at('  1× "pension or insurance?" (clarify, last ')).toBe(at('Social insurance') + 2);
    expect(run.stdout).toMatch(/\[leave\.injury-insurance\]: 1 question\n {2}1× "who pays my injury insurance\?" \(answer, 1 👎, last /);
    expect(run.stdout).toMatch(/No nearest topic: 1 question\n {2}1× "what is the weather\?" \(unknown, last /);
    expect(run.stdout).not.toContain('old question from last year');
    expect(run.stdout).not.toContain('who pays my social insurance');
  });

  it("reads the database named by COBRIDGE_DB and deletes nothing, not even rows past the bots' retention", () => {
    const dir = temp.copyKnowledge('env');
    const db = temp.path('env-data', 'log.db');
    fillLog(db);
    const run = kb(['misses', '--dir', dir], { COBRIDGE_DB: db });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Missed questions (the whole log): 7 questions asked, 5 distinct.');
    expect(run.stdout).toContain('"old question from last year"');
  });

  it('says so when there is no database instead of creating one', () => {
    const missing = temp.path('nowhere', 'cobridge.db');
    const run = kb(['misses', '--db', missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`kb: no question log at ${missing} (set COBRIDGE_DB or pass --db <file>)\n`);
  });
});
