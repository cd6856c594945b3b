import { describe, expect, it } from 'vitest';
import { blindItemSchema, judgeBlindItem, type AdvisorResult } from '../src/index.js';

const item = blindItemSchema.parse({
  id: 'Z-1',
  category: 'mixed',
  question: '离岗期间 shebao 谁交',
  audience: 'teacher',
  conversation: null,
  lang: 'zh',
  expect: { kind: 'unknown', verdict: null, clauses: [] },
  reference: '',
});
const declined = (lang: 'en' | 'zh'): AdvisorResult => ({
  kind: 'unknown',
  question: item.question,
  reason: 'out-of-scope',
  text: '…',
  nearest: [],
  alternatives: [],
  knowledgeVersion: 'k-1',
  lang,
});

describe('judgeBlindItem with a language', () => {
  it('counts an item right only when it is answered in its language', () => {
    expect(judgeBlindItem(item, declined('zh'))).toMatchObject({ right: true, langChecked: true, langRight: true });
    expect(judgeBlindItem(item, declined('en'))).toMatchObject({ right: false, langRight: false, why: 'answered in en, not zh' });
  });

  it('checks no language for an item without one', () => {
    const { lang: _, ...english } = item;
    expect(judgeBlindItem(english, declined('en'))).toMatchObject({ right: true, langChecked: false });
  });
});

describe('judgeBlindItem of a detail the guidance does not give', () => {
  const notGiven = blindItemSchema.parse({
    ...item,
    id: 'Z-2',
    lang: undefined,
    expect: { kind: 'unknown', verdict: 'not-stated', clauses: [] },
  });
  const answered = (verdict: 'not-stated' | 'yes') =>
    ({ ...declined('en'), kind: 'answer', verdict, citations: [] }) as unknown as AdvisorResult;

  it('counts "I don\'t know" and an answer saying the guidance does not give it alike', () => {
    expect(judgeBlindItem(notGiven, declined('en')).right).toBe(true);
    expect(judgeBlindItem(notGiven, answered('not-stated')).right).toBe(true);
  });

  it('counts an answer giving a verdict wrong', () => {
    expect(judgeBlindItem(notGiven, answered('yes'))).toMatchObject({ right: false, why: 'expected unknown, got answer' });
  });

  it('counts "the guidance doesn\'t say" as "I don\'t know" of an item outside the guidance, and a verdict as wrong', () => {
    const { lang: _, ...outside } = item;
    expect(judgeBlindItem(outside, answered('not-stated')).right).toBe(true);
    expect(judgeBlindItem(outside, answered('yes')).right).toBe(false);
  });
});

describe('judgeBlindItem with a message of several questions', () => {
  const twoPart = blindItemSchema.parse({
    id: 'X-1',
    category: 'two-part',
    question: 'Over 70% fail, is that right, and is it because schools cling to theory?',
    audience: 'teacher',
    conversation: null,
    expect: {
      kind: 'answer',
      verdict: null,
      clauses: ['2.4-3'],
      parts: [
        { verdict: 'yes', clauses: ['2.4-3'] },
        { verdict: 'no', clauses: ['2.4-1'] },
      ],
    },
    reference: '',
  });
  const part = (verdict: string, clause: string) => ({ kind: 'answer', verdict, citations: [{ clause }] });
  const answer = (...parts: ReturnType<typeof part>[]) =>
    ({ kind: 'answer', verdict: null, citations: parts.flatMap((p) => p.citations), parts }) as unknown as AdvisorResult;

  it('needs a part of its own for each expected part, in any order', () => {
    expect(judgeBlindItem(twoPart, answer(part('no', '2.4-1'), part('yes', '2.4-3'))).right).toBe(true);
    // One right part cannot stand for the other as well.
    const judged = judgeBlindItem(twoPart, answer(part('yes', '2.4-3'), part('yes', '2.4-3')));
    expect(judged).toMatchObject({ right: false, why: '1 of 2 parts unanswered (got 2 parts)' });
  });

  it('lets one answer cover both parts when the message was answered as one', () => {
    const same = blindItemSchema.parse({
      ...twoPart,
      expect: { ...twoPart.expect, parts: [twoPart.expect.parts![0], { verdict: 'yes', clauses: ['2.4-3'] }] },
    });
    expect(judgeBlindItem(same, answer(part('yes', '2.4-3'))).right).toBe(true);
  });

  it('wants "I don\'t know" of a part the source does not cover', () => {
    const withUnknown = blindItemSchema.parse({
      ...twoPart,
      expect: { ...twoPart.expect, parts: [twoPart.expect.parts![0], { kind: 'unknown', verdict: null, clauses: [] }] },
    });
    const unknown = { ...part('', ''), kind: 'unknown', citations: [] };
    expect(judgeBlindItem(withUnknown, answer(part('yes', '2.4-3'), unknown)).right).toBe(true);
    const judged = judgeBlindItem(withUnknown, answer(part('yes', '2.4-3'), part('no', '2.4-1')));
    expect(judged).toMatchObject({ right: false, why: '1 of 2 parts unanswered (got 2 parts)' });
    // A part answered "the guidance doesn't say" says it does not know.
    expect(judgeBlindItem(withUnknown, answer(part('yes', '2.4-3'), part('not-stated', '2.4-1'))).right).toBe(true);
  });
});
