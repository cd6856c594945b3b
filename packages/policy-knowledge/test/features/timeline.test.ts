import { beforeAll, describe, expect, it } from 'vitest';
import { leaveTimeline, type Knowledge } from '../../src/index.js';
import { shippedKnowledge } from './shipped-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await shippedKnowledge();
});

describe('the leave timeline', () => {
  it('gives the date the three-year retention ends, saying "up to", with clause 3-19', () => {
    const timeline = leaveTimeline(knowledge, '2025-09-01');
    if (timeline.kind !== 'timeline') throw new Error(timeline.message);
    expect(timeline).toMatchObject({ start: '2025-09-01', retainedUntil: '2028-09-01', years: 3 });
    expect(timeline.text).toContain('up to 2028-09-01');
    expect(timeline.citations.map((c) => c.clause)).toEqual(['3-19']);
  });

  it('lists what can happen before then, each with its clause, and where the guidance is silent', () => {
    const timeline = leaveTimeline(knowledge, ' 2025-09-01 ');
    if (timeline.kind !== 'timeline') throw new Error(timeline.message);
    expect(timeline.before.map((e) => [e.id, e.citations.map((c) => c.clause)])).toEqual([
      ['return-early', ['3-21']],
      ['terminate-contract', ['3-20']],
      ['no-vacancy', ['3-22']],
    ]);
    expect(timeline.silent.join(' ')).toMatch(/what happens when the three years end/);
    expect(timeline.silent.join(' ')).toMatch(/notice period/);
  });

  it('moves a 29 February start to 28 February three years on', () => {
    expect(leaveTimeline(knowledge, '2024-02-29')).toMatchObject({ kind: 'timeline', retainedUntil: '2027-02-28' });
  });

  it.each([
    ['2025-02-30', '2025-02-30 is not a real date: February 2025 has 28 days.'],
    ['2023-02-29', '2023-02-29 is not a real date: February 2023 has 28 days.'],
    ['2025-13-01', '2025-13-01 is not a real date: there is no month 13.'],
    ['2025-04-31', '2025-04-31 is not a real date: April 2025 has 30 days.'],
    ['0000-01-01', '0000-01-01 is outside the years this timeline works with (2000–2099).'],
    ['9999-12-31', '9999-12-31 is outside the years this timeline works with (2000–2099).'],
    ['tomorrow', '"tomorrow" is not a date in the form YYYY-MM-DD (for example 2025-09-01).'],
    ['01/09/2025', '"01/09/2025" is not a date in the form YYYY-MM-DD (for example 2025-09-01).'],
    ['2025-9-1', '"2025-9-1" is not a date in the form YYYY-MM-DD (for example 2025-09-01).'],
    ['2025-09-01T10:00', '"2025-09-01T10:00" is not a date in the form YYYY-MM-DD (for example 2025-09-01).'],
    ['', 'Please give the leave start date as YYYY-MM-DD, for example 2025-09-01.'],
    [undefined, 'Please give the leave start date as YYYY-MM-DD, for example 2025-09-01.'],
  ])('refuses %j with a clear message instead of throwing', (input, message) => {
    expect(leaveTimeline(knowledge, input)).toEqual({ kind: 'invalid-date', message });
  });

  it('does not echo a long input back in full', () => {
    const result = leaveTimeline(knowledge, 'x'.repeat(10_000));
    expect(result.kind === 'invalid-date' && result.message.length).toBeLessThan(120);
  });
});
