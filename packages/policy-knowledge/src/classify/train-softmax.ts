import type { TrainProgress } from './types.js';

/** Training rows as a compressed sparse row matrix with one class label per row. */
export interface SparseRows {
  rowStart: Int32Array;
  ids: Int32Array;
  values: Float32Array;
  labels: Int32Array;
}

/** Settings of the optimiser (all resolved, no defaults here). */
export interface SoftmaxSettings {
  features: number;
  classes: number;
  epochs: number;
  lambda: number;
  learningRate: number;
  seed: number;
  onProgress?: ((progress: TrainProgress) => void) | undefined;
}

/** A trained softmax regression: feature-major weights (`weights[f * classes + k]`) and a bias per class. */
export interface SoftmaxWeights {
  weights: Float32Array;
  bias: Float32Array;
}

/** A small, fast, seeded generator (mulberry32), so shuffles are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fits multinomial logistic regression (mean NLL + λ/2‖W‖²) by stochastic gradient descent over shuffled
 * rows, the step decaying linearly to zero; updates touch only the active features' rows.
 */
export function trainSoftmax(rows: SparseRows, s: SoftmaxSettings): SoftmaxWeights {
  const K = s.classes;
  const n = rows.labels.length;
  const weights = new Float32Array(s.features * K);
  const bias = new Float32Array(K);
  const z = new Float64Array(K);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(s.seed);
  const totalSteps = Math.max(1, s.epochs * n);
  let step = 0;
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    let loss = 0;
    for (let o = 0; o < n; o++) {
      const row = order[o]!;
      const start = rows.rowStart[row]!;
      const end = rows.rowStart[row + 1]!;
      for (let k = 0; k < K; k++) z[k] = bias[k]!;
      for (let j = start; j < end; j++) {
        const base = rows.ids[j]! * K;
        const x = rows.values[j]!;
        for (let k = 0; k < K; k++) z[k]! += x * weights[base + k]!;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) if (z[k]! > max) max = z[k]!;
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp(z[k]! - max);
        sum += z[k]!;
      }
      const label = rows.labels[row]!;
      for (let k = 0; k < K; k++) z[k]! /= sum;
      loss -= Math.log(Math.max(z[label]!, 1e-300));
      z[label]! -= 1;
      const rate = s.learningRate * (1 - step / totalSteps);
      step++;
      for (let k = 0; k < K; k++) bias[k]! -= rate * z[k]!;
      const decay = 1 - rate * s.lambda;
      for (let j = start; j < end; j++) {
        const base = rows.ids[j]! * K;
        const x = rate * rows.values[j]!;
        for (let k = 0; k < K; k++) weights[base + k] = weights[base + k]! * decay - x * z[k]!;
      }
    }
    s.onProgress?.({ step: epoch + 1, total: s.epochs, loss: loss / Math.max(1, n) });
  }
  return { weights, bias };
}
