import { describe, expect, it } from 'vitest';
import { asksToConfirm, negates } from '../../src/understand/question-shape.js';

describe('how a yes/no question is put', () => {
  it.each([
    "Does the paper say enterprises couldn't hire part-time teachers in the past?",
    "so the school shouldn't refuse me?",
    "hasn't the government done anything about it?",
    'is there no binding support?',
    '是不是没有具体规定？',
  ])('reads "%s" as negating what it asks about', (question) => {
    expect(negates(question)).toBe(true);
  });

  it.each(['Could firms easily hire part-time teachers in the past?', '是不是学校交社保？', '有没有补贴？'])(
    'reads "%s" as asking without negating',
    (question) => {
      expect(negates(question)).toBe(false);
    },
  );

  it('tells a claim put up for confirmation from a question', () => {
    expect(asksToConfirm("the excellent grade doesn't count against the quota, right?")).toBe(true);
    expect(asksToConfirm('出国的话也可以吧')).toBe(true);
    expect(asksToConfirm('does the excellent grade count against the quota?')).toBe(false);
  });
});
