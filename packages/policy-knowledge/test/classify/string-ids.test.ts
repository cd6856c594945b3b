import { describe, expect, it } from 'vitest';
import { StringIds } from '../../src/classify/string-ids.js';

describe('StringIds', () => {
  it('gives each name its place in the list, and -1 for a name it was not given', () => {
    const ids = StringIds.of(['w:pension', 'p:pay rise', 'fw:3-10:keep', '']);
    expect(ids.get('w:pension')).toBe(0);
    expect(ids.get('p:pay rise')).toBe(1);
    expect(ids.get('fw:3-10:keep')).toBe(2);
    expect(ids.get('')).toBe(3);
    expect(ids.get('w:pensions')).toBe(-1);
    expect(ids.get('W:pension')).toBe(-1);
  });

  it('finds every one of 30,000 names and none of 30,000 others', () => {
    const names = Array.from({ length: 30_000 }, (_, i) => `fw:${i % 97}-${i % 13}:word${i}`);
    const ids = StringIds.of(names);
    names.forEach((name, i) => expect(ids.get(name)).toBe(i));
    const missing = Array.from({ length: 30_000 }, (_, i) => `fw:${i % 97}-${i % 13}:word${i + 30_000}`);
    expect(missing.filter((name) => ids.get(name) >= 0)).toEqual([]);
  });

  it('finds a name given as two pieces as it finds the whole name', () => {
    const ids = StringIds.of(['w:pension', 'fw:3-10:keep', '']);
    expect(ids.getJoined('w:', 'pension')).toBe(0);
    expect(ids.getJoined('fw:3-10:', 'keep')).toBe(1);
    expect(ids.getJoined('', 'fw:3-10:keep')).toBe(1);
    expect(ids.getJoined('', '')).toBe(2);
    expect(ids.getJoined('w:', 'pensions')).toBe(-1);
  });

  it('works the same from its stored tables', () => {
    const { slots } = StringIds.of(['a', 'b', 'c']).toTables();
    const restored = StringIds.fromTables({ slots: Uint32Array.from(slots) });
    expect(['c', 'b', 'a', 'd'].map((name) => restored.get(name))).toEqual([2, 1, 0, -1]);
  });

  it('refuses a list that names the same string twice', () => {
    expect(() => StringIds.of(['same', 'other', 'same'])).toThrow(/"same" shares a hash/);
  });

  it('answers -1 from an empty table', () => {
    expect(StringIds.of([]).get('anything')).toBe(-1);
  });
});
