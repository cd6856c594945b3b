import { describe, expect, it } from 'vitest';
import { hasWords, sanitizeQuestion } from '../../src/index.js';

describe('sanitizeQuestion', () => {
  it('collapses whitespace and strips control characters', () => {
    expect(sanitizeQuestion('  who\u0000 pays\n\tinjury\u0007 insurance ')).toEqual({
      text: 'who pays injury insurance',
      truncated: false,
    });
  });

  it('removes lone surrogates and bidi overrides but keeps emoji and other scripts', () => {
    expect(sanitizeQuestion('a\uD800b \u202Eevil\u202C 🙂 中文 עברית').text).toBe('a b evil 🙂 中文 עברית');
  });

  it('cuts long input at a word boundary and says so', () => {
    const result = sanitizeQuestion('word '.repeat(50_000), 100);
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(100);
    expect(result.text.endsWith('word')).toBe(true);
  });

  it('knows whether anything readable is left', () => {
    expect(hasWords('?!… 🙂')).toBe(false);
    expect(hasWords('bianzhi?')).toBe(true);
    expect(hasWords('中文')).toBe(true);
  });
});
