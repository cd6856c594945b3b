import { describe, expect, it } from 'vitest';
import { namesFigure } from '../../src/engine/unsupported-detail.js';

describe('namesFigure', () => {
  it.each([
    'is the premium 1% of salary?',
    'can I work 10 hours a week?',
    '学校一般是不是能分三成左右',
    '收益一般几几开',
    '每月补贴五千块吗',
    '占百分之几',
  ])('finds a figure in "%s"', (question) => {
    expect(namesFigure(question)).toBe(true);
  });

  it.each(['can I leave for three years?', '离岗创业最长几年', '成果归谁', '开公司要什么条件'])('finds none in "%s"', (question) => {
    expect(namesFigure(question)).toBe(false);
  });
});
