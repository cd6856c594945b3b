import { describe, expect, it } from 'vitest';
import { askedWords } from '../../src/understand/asked-words.js';

describe('askedWords', () => {
  it('takes out web addresses and an opening greeting or "ok", keeping the rest as typed', () => {
    expect(askedWords('https://example.com is this allowed?')).toBe('is this allowed?');
    expect(askedWords('see www.gov.cn/abc?x=1 can I keep my pension?')).toBe('see   can I keep my pension?');
    expect(askedWords('ok say we get someone from the software dept')).toBe('say we get someone from the software dept');
    expect(askedWords('Hi! can I leave my post?')).toBe('can I leave my post?');
    expect(askedWords('right, so can I leave my post?')).toBe('so can I leave my post?');
  });

  it('keeps a greeting or "ok" that is the whole message, and words merely starting like one', () => {
    expect(askedWords('ok thanks')).toBe('ok thanks');
    expect(askedWords('okayish plan, can I leave?')).toBe('okayish plan, can I leave?');
    expect(askedWords('right to return early?')).toBe('right to return early?');
  });
});
