import { beforeAll, describe, expect, it } from 'vitest';
import { isSmallTalk, loadAdvisor, smallTalkOf, type Advisor } from '../../src/index.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

describe('small talk', () => {
  it.each([
    ['hi', 'greeting'],
    ['Hello there!', 'greeting'],
    ['good morning cobridge', 'greeting'],
    ['你好', 'greeting'],
    // Asking what Cobridge is gets its introduction, as a greeting does.
    ['help', 'greeting'],
    ['hi, what can you do?', 'greeting'],
    ['hello? anyone there?', 'greeting'],
    ['thanks!', 'thanks'],
    ['ok thanks, bye', 'thanks'],
    ['great, thank you so much!', 'thanks'],
    ['谢谢', 'thanks'],
  ] as const)('"%s" is a %s', (message, kind) => {
    expect(smallTalkOf(message)).toBe(kind);
  });

  it.each([
    'ok',
    'hi, do I keep my pension if I leave?',
    'thanks, and who pays my injury insurance?',
    'hiring a teacher part-time?',
    `thanks ${'thanks '.repeat(30)}`,
  ])('"%s" is no small talk', (message) => {
    expect(smallTalkOf(message)).toBeUndefined();
  });

  it('greets back and says what it answers, with no list of "nearest topics"', () => {
    const result = advisor.ask('hi!', { audience: 'teacher' });
    expect(result).toMatchObject({ kind: 'unknown', reason: 'greeting', nearest: [] });
    expect(result.text).toMatch(/^Hello! I'm Cobridge/);
    expect(isSmallTalk(result)).toBe(true);
  });

  it('answers thanks in the language it was given', () => {
    expect(advisor.ask('谢谢！', { audience: 'teacher' })).toMatchObject({
      reason: 'thanks',
      lang: 'zh',
      text: expect.stringMatching(/^不客气/),
    });
  });

  it('still answers a question that opens with a greeting', () => {
    const result = advisor.ask('hi, do I keep my pension if I leave to start a company?', { audience: 'teacher' });
    expect(result.kind === 'answer' && result.verdict).toBe('yes');
    expect(isSmallTalk(result)).toBe(false);
  });
});
