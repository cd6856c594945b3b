import { addRows, createGatheredRows, gatherRow } from './add-rows.js';
import type { FeatureSpace, TokenInfo } from './feature-space.js';
import type { QuantizedWeights } from './quantize.js';

/** Most cached class scores of tokens seen first at scoring time (8 bytes each, so 8 MB), whatever the number of intents. */
const MAX_CACHED_SCORES = 1_000_000;
/** Tokens the score rows have room for at first; the rows double as tokens arrive, up to the cap. */
const INITIAL_TOKENS = 256;

/**
 * Per token, the summed class-score contribution of its char n-grams, each counted once per occurrence:
 * `Σ idf × scale × weight`. An utterance's char block is then `charScale × Σ tokens`, plus a correction for
 * the n-grams it repeats (sublinear TF), which is exact and needs one row of multiply-adds per token instead of
 * one per char n-gram. The rows of all tokens sit in one Float64Array. A token's row is computed the first time it
 * is scored, so loading a model does no scoring work. The training tokens' rows are kept once computed (as many as
 * the cap allows, most frequent first); the other rows are dropped when full, so hostile input cannot grow them
 * without bound.
 */
export class TokenScores {
  /** Token → start of its row in `rows`, or -1 when none of its char n-grams is known. */
  private readonly cached = new Map<string, number>();
  /** The training tokens whose rows are never dropped. */
  private readonly resident: ReadonlySet<string>;
  private readonly maxTokens: number;
  private readonly gathered = createGatheredRows();
  /** Rows in use, and how many of them belong to tokens that are not resident. */
  private used = 0;
  private others = 0;
  /** How many times rows were dropped and moved: a row remembered on a token's info before then is stale. */
  private generation = 0;
  /** The cached rows, `classes` scores each. */
  rows: Float64Array;

  /** Scores tokens of `space` with the int8 `weights` of `classes` intents. */
  constructor(
    private readonly space: FeatureSpace,
    private readonly weights: QuantizedWeights,
    private readonly classes: number,
  ) {
    this.maxTokens = Math.max(1, Math.floor(MAX_CACHED_SCORES / Math.max(1, classes)));
    this.resident = new Set(space.tokens.slice(0, this.maxTokens));
    this.rows = new Float64Array(INITIAL_TOKENS * classes);
  }

  /**
   * Where the token's summed char-gram scores per intent start in `rows`, or -1 when none of its char n-grams is
   * known. Read `rows` after the call: a new token may replace it with a larger array.
   */
  get(token: string): number {
    let base = this.cached.get(token);
    if (base === undefined) {
      const resident = this.resident.has(token);
      if (!resident && this.others >= this.maxTokens) this.dropOthers();
      base = this.compute(token);
      this.cached.set(token, base);
      if (!resident) this.others++;
    }
    return base;
  }

  /** `get` for a token the feature space has read, remembering the row on what the space knows of the token. */
  rowOf(token: string, info: TokenInfo): number {
    if (info.scoredBy === this && info.scoredIn === this.generation) return info.row;
    const row = this.get(token);
    info.scoredBy = this;
    info.scoredIn = this.generation;
    info.row = row;
    return row;
  }

  /** Forgets every row but the training tokens', moving those to the front. */
  private dropOthers(): void {
    this.generation++;
    const K = this.classes;
    const kept = new Float64Array(this.rows.length);
    this.used = 0;
    for (const [token, base] of this.cached) {
      if (!this.resident.has(token)) this.cached.delete(token);
      else if (base >= 0) {
        kept.set(this.rows.subarray(base, base + K), this.used * K);
        this.cached.set(token, this.used++ * K);
      }
    }
    this.rows = kept;
    this.others = 0;
  }

  private compute(token: string): number {
    const ids = this.space.charIds(token);
    if (ids.length === 0) return -1;
    const K = this.classes;
    if ((this.used + 1) * K > this.rows.length) {
      const grown = new Float64Array(Math.min(2 * this.used, this.resident.size + this.maxTokens) * K);
      grown.set(this.rows.subarray(0, this.used * K));
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
