import { describe, expect, it } from 'vitest';
import { forgetAllReadings, RecentReadings } from '../../src/classify/recent-readings.js';

describe('RecentReadings', () => {
  it('remembers a reading by its text and variant', () => {
    const cache = new RecentReadings<string>(4);
    expect(cache.get('hello')).toBeUndefined();
    expect(cache.remember('hello', 'HELLO')).toBe('HELLO');
    expect(cache.get('hello')).toBe('HELLO');
    cache.remember('hello', 'hello for teachers', 'teacher');
    expect(cache.get('hello', 'teacher')).toBe('hello for teachers');
    expect(cache.get('hello', 'enterprise')).toBeUndefined();
    expect(cache.get('hello')).toBe('HELLO');
  });

  it('keeps at most its capacity, replacing the oldest reading first', () => {
    const cache = new RecentReadings<number>(3);
    for (const [i, text] of ['a', 'b', 'c', 'd', 'e'].entries()) cache.remember(text, i);
    expect(cache.size).toBe(3);
    expect(['a', 'b', 'c', 'd', 'e'].map((text) => cache.get(text))).toEqual([undefined, undefined, 2, 3, 4]);
  });

  it('forgets the readings of every cache at once', () => {
    const first = new RecentReadings<number>(2);
    const second = new RecentReadings<number>(2);
    first.remember('a', 1);
    second.remember('b', 2);
    forgetAllReadings();
    expect(first.size).toBe(0);
    expect(first.get('a')).toBeUndefined();
    expect(second.get('b')).toBeUndefined();
    second.remember('b', 3);
    expect(second.get('b')).toBe(3);
  });

  it('refuses a capacity below one', () => {
    expect(() => new RecentReadings<number>(0)).toThrow(RangeError);
  });
});
