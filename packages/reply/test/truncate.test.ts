import { describe, expect, it } from 'vitest';
import { oneLine, truncate } from '../src/truncate.js';

describe('truncate', () => {
  it('keeps text that fits and cuts longer text to the limit with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a long sentence here', 10)).toBe('a long se…');
    expect(truncate('a long sentence here', 10)).toHaveLength(10);
  });

  it('never splits a grapheme: a family emoji, a flag, a combining accent or a surrogate pair', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(truncate(`ab${family}cd`, 8)).toBe('ab…');
    expect(truncate('x🇨🇳🇨🇳', 4)).toBe('x…');
    expect(truncate('cafe\u0301 au lait', 5)).toBe('caf…');
    expect(truncate('😀😀😀', 4)).toBe('😀…');
  });

  it('makes a one-line summary of multi-line text', () => {
    expect(oneLine('  a\n\n b\tc ', 20)).toBe('a b c');
  });
});
