import type { FeatureSpace } from './feature-space.js';
import type { QuantizedWeights } from './quantize.js';

/** Most cached class scores per classifier (8 bytes each, so 8 MB), whatever the number of intents. */
const MAX_CACHED_SCORES = 1_000_000;

/**
 * Per token, the summed class-score contribution of its char n-grams, each counted once per occurrence:
 * `Σ idf × scale × weight`. An utterance's char block is then `charScale × Σ tokens`, plus a correction for
 * the n-grams it repeats (sublinear TF), which is exact and needs one row of multiply-adds per token instead of
 * one per char n-gram. The cache is cleared when full, so hostile input cannot grow it without bound.
 */
export class TokenScores {
  private readonly cache = new Map<string, Float64Array | null>();
  private readonly maxTokens: number;

  /** Scores tokens of `space` with the int8 `weights` of `classes` intents. */
  constructor(
    private readonly space: FeatureSpace,
    private readonly weights: QuantizedWeights,
    private readonly classes: number,
  ) {
    this.maxTokens = Math.max(1, Math.floor(MAX_CACHED_SCORES / Math.max(1, classes)));
  }

  /** The token's summed char-gram scores per intent, or null when none of its char n-grams is known. */
  get(token: string): Float64Array | null {
    let sums = this.cache.get(token);
    if (sums === undefined) {
      sums = this.compute(token);
      if (this.cache.size >= this.maxTokens) this.cache.clear();
      this.cache.set(token, sums);
    }
    return sums;
  }

  private compute(token: string): Float64Array | null {
    const ids = this.space.charIds(token);
    if (ids.length === 0) return null;
    const K = this.classes;
    const { scales, quantized: q } = this.weights;
    const sums = new Float64Array(K);
    for (const id of ids) {
      const x = this.space.idf[id]! * scales[id]!;
      const base = id * K;
      for (let k = 0; k < K; k++) sums[k]! += x * q[base + k]!;
    }
    return sums;
  }
}
