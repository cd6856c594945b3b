import { describe, expect, it } from 'vitest';
import { labeledRowKey, rowKey, saltedKey } from '../../src/classify/row-key.js';
import { visitOrder } from '../../src/classify/train-softmax.js';
import { PETS_TRAIN } from './fixtures.js';

const keysOf = (texts: readonly string[]) => Uint32Array.from(texts, rowKey);
const texts = PETS_TRAIN.map((row) => row.text);

describe('visitOrder', () => {
  it('visits every row once, in an order that changes with the salt', () => {
    const keys = keysOf(texts);
    const first = [...visitOrder(keys, 1)];
    expect([...first].sort((a, b) => a - b)).toEqual(texts.map((_, i) => i));
    expect([...visitOrder(keys, 2)]).not.toEqual(first);
    expect([...visitOrder(keys, 1)]).toEqual(first);
  });

  it('leaves the other rows in the same order when a row is added anywhere', () => {
    const salt = 12345;
    const before = [...visitOrder(keysOf(texts), salt)].map((i) => texts[i]);
    const added = [...texts.slice(0, 3), 'can my hamster eat grapes', ...texts.slice(3)];
    const after = [...visitOrder(keysOf(added), salt)].map((i) => added[i]);
    expect(after.filter((text) => text !== 'can my hamster eat grapes')).toEqual(before);
  });

  it('keeps rows of the same text in their order in the set', () => {
    const keys = keysOf(['walk the dog', 'feed the cat', 'walk the dog']);
    const order = [...visitOrder(keys, 7)];
    expect(order.indexOf(0)).toBeLessThan(order.indexOf(2));
  });
});

describe('row keys', () => {
  it('depend on the text and the label only', () => {
    expect(rowKey('feed my cat')).toBe(rowKey('feed my cat'));
    expect(rowKey('feed my cat')).not.toBe(rowKey('feed my dog'));
    expect(labeledRowKey({ text: 'feed my cat', intent: 'pets.feed' })).not.toBe(
      labeledRowKey({ text: 'feed my cat', intent: 'pets.vet' }),
    );
  });

  it('spread a salted key over the whole 32-bit range', () => {
    const salted = texts.map((text) => saltedKey(rowKey(text), 99));
    expect(Math.min(...salted)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...salted)).toBeGreaterThan(2 ** 31);
    expect(new Set(salted).size).toBe(new Set(texts).size);
  });
});
