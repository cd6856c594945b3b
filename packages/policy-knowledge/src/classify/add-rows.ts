/** Most rows gathered for one `addRows` call; callers flush when full. */
export const MAX_GATHERED_ROWS = 256;

/** Row starts and multipliers gathered for one `addRows` call. */
export interface GatheredRows {
  bases: Int32Array;
  xs: Float64Array;
  length: number;
}

/** Allocates an empty gather buffer. */
export function createGatheredRows(): GatheredRows {
  return { bases: new Int32Array(MAX_GATHERED_ROWS), xs: new Float64Array(MAX_GATHERED_ROWS), length: 0 };
}

/**
 * `z += Σ xs[j] × rows[bases[j] ..< bases[j] + K]`, eight (then four) rows per pass over `z`. Each `z[k]` gets the rows'
 * products added one by one in row order, so the result is bit-identical to adding the rows one after another,
 * with an eighth of the loads and stores of `z`.
 */
export function addRows(z: Float64Array, rows: Int8Array | Float64Array, gathered: GatheredRows, K: number): void {
  const { bases, xs, length: n } = gathered;
  let j = 0;
  for (; j + 8 <= n; j += 8) {
    const b0 = bases[j]!;
    const b1 = bases[j + 1]!;
    const b2 = bases[j + 2]!;
    const b3 = bases[j + 3]!;
    const b4 = bases[j + 4]!;
    const b5 = bases[j + 5]!;
    const b6 = bases[j + 6]!;
    const b7 = bases[j + 7]!;
    const x0 = xs[j]!;
    const x1 = xs[j + 1]!;
    const x2 = xs[j + 2]!;
    const x3 = xs[j + 3]!;
    const x4 = xs[j + 4]!;
    const x5 = xs[j + 5]!;
    const x6 = xs[j + 6]!;
    const x7 = xs[j + 7]!;
    for (let k = 0; k < K; k++) {
      z[k] =
        z[k]! +
        x0 * rows[b0 + k]! +
        x1 * rows[b1 + k]! +
        x2 * rows[b2 + k]! +
        x3 * rows[b3 + k]! +
        x4 * rows[b4 + k]! +
        x5 * rows[b5 + k]! +
        x6 * rows[b6 + k]! +
        x7 * rows[b7 + k]!;
    }
  }
  for (; j + 4 <= n; j += 4) {
    const b0 = bases[j]!;
    const b1 = bases[j + 1]!;
    const b2 = bases[j + 2]!;
    const b3 = bases[j + 3]!;
    const x0 = xs[j]!;
    const x1 = xs[j + 1]!;
    const x2 = xs[j + 2]!;
    const x3 = xs[j + 3]!;
    for (let k = 0; k < K; k++) z[k] = z[k]! + x0 * rows[b0 + k]! + x1 * rows[b1 + k]! + x2 * rows[b2 + k]! + x3 * rows[b3 + k]!;
  }
  for (; j < n; j++) {
    const b = bases[j]!;
    const x = xs[j]!;
    for (let k = 0; k < K; k++) z[k] = z[k]! + x * rows[b + k]!;
  }
  gathered.length = 0;
}

/** Appends a row to `gathered`, first adding the gathered rows into `z` when the buffer is full. */
export function gatherRow(
  z: Float64Array,
  rows: Int8Array | Float64Array,
  gathered: GatheredRows,
  K: number,
  base: number,
  x: number,
): void {
  if (gathered.length === MAX_GATHERED_ROWS) addRows(z, rows, gathered, K);
  gathered.bases[gathered.length] = base;
  gathered.xs[gathered.length++] = x;
}
