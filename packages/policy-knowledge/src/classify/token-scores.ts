import { addRows, createGatheredRows, gatherRow } from './add-rows.js';
import type { FeatureSpace } from './feature-space.js';
import type { QuantizedWeights } from './quantize.js';

/** Most cached class scores of tokens seen first at scoring time (8 bytes each, so 8 MB), whatever the number of intents. */
const MAX_CACHED_SCORES = 1_000_000;
/** Tokens the score rows have room for at first; the rows double as tokens arrive, up to the cap. */
const INITIAL_TOKENS = 256;

/**
 * Per token, the summed class-score contribution of its char n-grams, each counted once per occurrence:
 * `Σ idf × scale × weight`. An utterance's char block is then `charScale × Σ tokens`, plus a correction for
 * the n-grams it repeats (sublinear TF), which is exact and needs one row of multiply-adds per token instead of
 * one per char n-gram. The rows of all tokens sit in one Float64Array. The training tokens' rows are computed
 * up front and kept (as many as the cap allows, most frequent first), so only words never seen in training pay
 * for their char n-grams; the other rows are cleared when full, so hostile input cannot grow them without bound.
 */
export class TokenScores {
  /** Training token → start of its row in `rows`, or -1 when none of its char n-grams is known; never cleared. */
  private readonly resident = new Map<string, number>();
  /** The same for other tokens, cleared when full. */
  private readonly slots = new Map<string, number>();
  private readonly maxTokens: number;
  private readonly gathered = createGatheredRows();
  /** Rows in use, and how many of them belong to `resident`. */
  private used = 0;
  private readonly residentRows: number;
  /** The cached rows, `classes` scores each. */
  rows: Float64Array;

  /** Scores tokens of `space` with the int8 `weights` of `classes` intents. */
  constructor(
    private readonly space: FeatureSpace,
    private readonly weights: QuantizedWeights,
    private readonly classes: number,
  ) {
    this.maxTokens = Math.max(1, Math.floor(MAX_CACHED_SCORES / Math.max(1, classes)));
    const tokens = space.tokens.slice(0, this.maxTokens);
    this.rows = new Float64Array(Math.min(tokens.length + INITIAL_TOKENS, tokens.length + this.maxTokens) * classes);
    for (const token of tokens) this.resident.set(token, this.compute(token));
    this.residentRows = this.used;
  }

  /**
   * Where the token's summed char-gram scores per intent start in `rows`, or -1 when none of its char n-grams is
   * known. Read `rows` after the call: a new token may replace it with a larger array.
   */
  get(token: string): number {
    let base = this.resident.get(token) ?? this.slots.get(token);
    if (base === undefined) {
      if (this.slots.size >= this.maxTokens) {
        this.slots.clear();
        this.used = this.residentRows;
      }
      base = this.compute(token);
      this.slots.set(token, base);
    }
    return base;
  }

  private compute(token: string): number {
    const ids = this.space.charIds(token);
    if (ids.length === 0) return -1;
    const K = this.classes;
    if ((this.used + 1) * K > this.rows.length) {
      const grown = new Float64Array((this.residentRows + Math.min(this.maxTokens, 2 * (this.used - this.residentRows))) * K);
      grown.set(this.rows);
      this.rows = grown;
    }
    const base = this.used++ * K;
    const sums = this.rows.subarray(base, base + K);
    sums.fill(0);
    const { scales, quantized: q } = this.weights;
    for (const id of ids) gatherRow(sums, q, this.gathered, K, id * K, this.space.idf[id]! * scales[id]!);
    addRows(sums, q, this.gathered, K);
    return base;
  }
}
