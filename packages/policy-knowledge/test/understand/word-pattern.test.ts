import { describe, expect, it } from 'vitest';
import { anyOf, wordPattern } from '../../src/understand/word-pattern.js';

describe('anyOf', () => {
  it('joins the alternatives into one non-capturing group', () => {
    expect(anyOf(['hide', String.raw`conceal\w*`, 'cover(?:ing)? up'])).toBe(String.raw`(?:hide|conceal\w*|cover(?:ing)? up)`);
  });
});

describe('wordPattern', () => {
  it('matches any alternative as a whole word, case-insensitive by default', () => {
    const pattern = wordPattern(['hide', String.raw`conceal\w*`]);
    expect(pattern.source).toBe(String.raw`\b(?:hide|conceal\w*)\b`);
    expect(pattern.flags).toBe('i');
    expect(pattern.test('Can I CONCEALING it?')).toBe(true);
    expect(pattern.test('a hideout')).toBe(false);
  });

  it('takes the flags it is given', () => {
    const pattern = wordPattern(['US', 'EU'], '');
    expect(pattern.flags).toBe('');
    expect(pattern.test('in the US')).toBe(true);
    expect(pattern.test('for us')).toBe(false);
  });
});
