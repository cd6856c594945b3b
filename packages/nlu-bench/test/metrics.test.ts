import { describe, expect, it } from 'vitest';
import { percentile, score } from '../src/metrics.js';

describe('score', () => {
  it('counts a declined in-scope row as wrong and reports oos recall', () => {
    const s = score(['a', 'a', 'b', 'oos', 'oos'], ['a', 'oos', 'b', 'oos', 'b']);
    expect(s.accuracy).toBeCloseTo(2 / 3);
    expect(s.oosRecall).toBe(0.5);
    // F1: a = 2·1/(2+1) = 2/3, b = 2·1/(1+2) = 2/3, oos = 2·1/(2+2) = 1/2.
    expect(s.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 2) / 3);
  });

  it('leaves oos recall out when the test set has no oos rows', () => {
    expect(score(['a', 'b'], ['a', 'a'])).toEqual({ accuracy: 0.5, macroF1: (2 / 3 + 0) / 2 });
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([], 0.5)).toBe(0);
  });
});
