import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTypedArrayFile, writeTypedArrayFile } from '../../src/typed-array-file.js';

const dir = await mkdtemp(join(tmpdir(), 'typed-array-file-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('typed array files', () => {
  it('reads back plain data, maps and every kind of typed array with their values', async () => {
    const value = {
      name: 'model',
      odd: new Int8Array([1, -2, 3]),
      nested: [{ ids: new Uint8Array([7, 8]), half: new Uint16Array([65535]) }],
      table: new Map([['weights', new Float32Array([0.5, -1.25])]]),
      exact: new Float64Array([Math.PI]),
      slots: new Uint32Array([4_000_000_000]),
      offsets: new Int32Array([-5, 6]),
    };
    const path = join(dir, 'all.bin');
    await writeTypedArrayFile(path, value);
    expect(await readTypedArrayFile(path)).toEqual(value);
  });

  it('returns the typed arrays as views into one buffer that holds their bytes only', async () => {
    const path = join(dir, 'views.bin');
    const text = 'x'.repeat(10_000);
    await writeTypedArrayFile(path, { text, a: new Int8Array(5), b: new Float64Array(3), c: new Int32Array(2) });
    const loaded = (await readTypedArrayFile(path)) as { a: Int8Array; b: Float64Array; c: Int32Array };
    expect(loaded.b.buffer).toBe(loaded.a.buffer);
    expect(loaded.c.buffer).toBe(loaded.a.buffer);
    expect(loaded.a.buffer.byteLength).toBeLessThan(100);
    expect(loaded.b.byteOffset % 8).toBe(0);
  });

  it("reads back values and typed arrays intact when the structure is read in the typed arrays' own buffer", async () => {
    const weights = Float32Array.from({ length: 4096 }, (_, i) => i / 7);
    const value = { names: ['pension', 'leave', '停薪留职'], lookup: new Map([['leave', 2]]), weights, ids: new Int32Array([3, -1]) };
    const path = join(dir, 'shared-buffer.bin');
    await writeTypedArrayFile(path, value);
    const loaded = (await readTypedArrayFile(path)) as typeof value;
    expect(loaded).toEqual(value);
    expect(loaded.weights.buffer.byteLength).toBe(4096 * 4 + 8);
  });

  it('keeps a typed array held twice as one array', async () => {
    const shared = new Float32Array([1, 2]);
    const path = join(dir, 'shared.bin');
    await writeTypedArrayFile(path, { first: shared, second: shared });
    const loaded = (await readTypedArrayFile(path)) as { first: Float32Array; second: Float32Array };
    expect(loaded.second).toBe(loaded.first);
  });

  it('refuses a kind of typed array it cannot store', async () => {
    await expect(writeTypedArrayFile(join(dir, 'big.bin'), { big: new BigInt64Array(1) })).rejects.toThrow(/cannot store a BigInt64Array/);
  });

  it('throws on a truncated file instead of returning part of it', async () => {
    const path = join(dir, 'cut.bin');
    await writeTypedArrayFile(path, { weights: new Float32Array(1000) });
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length - 100));
    await expect(readTypedArrayFile(path)).rejects.toThrow(/cut\.bin is truncated or damaged/);
  });
});
