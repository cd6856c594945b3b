import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../src/index.js';

describe('maskPersonalData', () => {
  it.each([
    ['mail me at li.wei+leave@school.edu.cn please', 'mail me at [email] please'],
    ['我的邮箱是 张老师@学校.中国', '我的邮箱是 [email]'],
    ['call 138 0013 8000 or +86 10 6552 9988', 'call [phone] or [phone]'],
    ['电话13800138000', '电话[phone]'],
    ['ID 11010519491231002X and 110105491231002', 'ID [id] and [id]'],
    ['身份证号110105194912310021。', '身份证号[id]。'],
    [`token ${['xoxb', '1234', 'abcdefgh'].join('-')} leaked`, 'token [token] leaked'],
    ['key sk9f8a7s6d5f4g3h2j1k0l9z8x7c6v5b4n', 'key [token]'],
  ])('masks %s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    'can I leave my post on 2025-09-01 for 3 years?',
    'who pays injury insurance for a lecturer on leave?',
    'clause 3-10 of the 2024 guidance',
    'a company with 12000 employees',
  ])('keeps an ordinary question: %s', (question) => {
    expect(maskPersonalData(question)).toBe(question);
  });
});
