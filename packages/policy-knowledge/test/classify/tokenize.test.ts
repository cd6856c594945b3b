import { describe, expect, it } from 'vitest';
import { readStems, readTokens, tokenize, tokenStems } from '../../src/classify/tokenize.js';

describe('tokenize', () => {
  it('gives each caller its own copy of a remembered question, so one reader cannot change what the next reads', () => {
    const first = tokenize("Do I keep my pension? It's 3 years");
    expect(first).toEqual(['do', 'i', 'keep', 'my', 'pension', "it's", '3', 'years']);
    first.length = 0;
    expect(tokenize("Do I keep my pension? It's 3 years")).toHaveLength(8);
  });

  it('cuts runs of Han characters into words and keeps English words among them', () => {
    const tokens = tokenize('离岗创业期间 shebao 怎么办');
    expect(tokens).toContain('shebao');
    expect(tokens.length).toBeGreaterThan(2);
  });

  it('shares one reading of a text among the readers that only read it', () => {
    const text = 'Can the college stop my pension payments?';
    expect(readTokens(text)).toEqual(tokenize(text));
    expect(readStems(text)).toEqual(tokenStems(text));
    expect(readTokens(text)).toBe(readTokens(text));
    expect(readStems(text)).toBe(readStems(text));
  });
});
