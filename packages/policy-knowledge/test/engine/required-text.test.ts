import { describe, expect, it } from 'vitest';
import { RequiredTextIndex, requiredTexts, requiredTextSets } from '../../src/engine/required-text.js';

/** True when the index of the one pattern takes it to be a candidate for the text. */
const mayMatch = (pattern: RegExp, text: string): boolean => new RequiredTextIndex([pattern]).candidates(text)[0] === 1;

describe('the texts a pattern requires', () => {
  it.each([
    [/\bhide\b.{0,60}\bincome\b/i, ['income']],
    [/\b(?:hide|hiding|cover(?:ing)? up)\b/i, ['hide', 'hiding', 'cover up', 'covering up']],
    [/\bconceal\w* (?:it|that)\b/i, ['conceal']],
    [
      /(?<!\bnot )\bfake (?:a |an )?(?:letter|note)/i,
      ['fake letter', 'fake note', 'fake a letter', 'fake a note', 'fake an letter', 'fake an note'],
    ],
    [/so (?:that )?(?=they)they can't/, ["so they can't", "so that they can't"]],
    [/\bpay(?:s|ing)?\b/i, ['pay']],
    [/Tax\x41?/, ['Tax']],
    [/a{2,3}b|cd+/i, ['a', 'c']],
  ])('reads %s', (pattern, expected) => {
    expect([...requiredTexts(pattern)!].sort()).toEqual([...expected].sort());
  });

  it.each([/\w+/, /(?:foo)?|bar/, /[abc]x?/, /(a?)\1/, /\p{L}+/u])('requires nothing of %s', (pattern) => {
    expect(requiredTexts(pattern)).toBeUndefined();
  });

  it.each([
    [/\x41\x42Cdefg/i, 'ABCDEFG'],
    [/\u0041BCdefg/i, 'abcdefg'],
    [/caf\u00e9+ latte/i, 'CAFÉ LATTE'],
    [/\cJxyzw/i, '\nXYZW'],
    [/[a\]]+yolo/i, ']]YOLO'],
    [/(?<!not )\bfake\b/i, 'A FAKE note'],
  ])('never rules out a text %s matches ("%s")', (pattern, text) => {
    expect(pattern.test(text)).toBe(true);
    expect(requiredTexts(pattern)).toBeDefined();
    expect(mayMatch(pattern, text)).toBe(true);
  });

  it('lets through every text the pattern matches, whatever its case, and only rules out texts without the words', () => {
    const pattern = /\b(?:hide|hiding|conceal\w*|cover(?:ing)? up)\b.{0,60}\b(?:income|revenue|profits?)\b/i;
    for (const text of ['How do I HIDE my Income?', 'covering up the profit', 'Conceal all revenue', 'cover up profits?']) {
      expect(pattern.test(text), text).toBe(true);
      expect(mayMatch(pattern, text), text).toBe(true);
    }
    expect(mayMatch(pattern, 'how do I report my salary?')).toBe(false);
  });

  it('requires each part of a pattern matched one after another, and marks a pattern only where all of them are', () => {
    const pattern = /\b(?:hide|conceal\w*)\b.{0,60}\b(?:income|profits?)\b/i;
    expect(requiredTextSets(pattern)).toEqual([
      ['hide', 'conceal'],
      ['income', 'profit'],
    ]);
    expect(mayMatch(pattern, 'Conceal the PROFITS')).toBe(true);
    expect(mayMatch(pattern, 'hide the car')).toBe(false);
    expect(mayMatch(pattern, 'my income')).toBe(false);
  });
});
