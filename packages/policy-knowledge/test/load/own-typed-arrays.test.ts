import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { ownTypedArrays } from '../../src/own-typed-arrays.js';

describe('ownTypedArrays', () => {
  it('copies the views that v8.deserialize left inside the file bytes, keeping their values', () => {
    // One-byte elements are always aligned, so deserialize always returns them as views into the bytes.
    const bytes = serialize({ weights: new Int8Array([1, -2, 3]), nested: [{ ids: new Uint8Array([7, 8]) }], name: 'model' });
    const loaded = deserialize(bytes) as { weights: Int8Array; nested: { ids: Uint8Array }[]; name: string };
    expect(loaded.weights.buffer).toBe(bytes.buffer);
    const owned = ownTypedArrays(loaded, bytes.buffer);
    expect(owned.weights.buffer).not.toBe(bytes.buffer);
    expect(owned.nested[0]?.ids.buffer).not.toBe(bytes.buffer);
    expect([...owned.weights]).toEqual([1, -2, 3]);
    expect([...(owned.nested[0]?.ids ?? [])]).toEqual([7, 8]);
    expect(owned.name).toBe('model');
  });

  it('copies typed arrays held in maps and leaves arrays of other buffers alone', () => {
    const other = new Uint8Array([1, 2]);
    const bytes = serialize({ table: new Map([['a', new Uint8Array([4, 5])]]) });
    const loaded = deserialize(bytes) as { table: Map<string, Uint8Array>; other?: Uint8Array };
    loaded.other = other;
    const owned = ownTypedArrays(loaded, bytes.buffer);
    expect(owned.table.get('a')?.buffer).not.toBe(bytes.buffer);
    expect([...(owned.table.get('a') ?? [])]).toEqual([4, 5]);
    expect(owned.other).toBe(other);
  });
});
