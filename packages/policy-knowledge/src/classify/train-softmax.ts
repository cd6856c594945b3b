import { saltedKey } from './row-key.js';
import type { TrainProgress } from './types.js';

/** Log-probabilities below this are treated as zero probability during training. */
const MIN_LOG_PROBABILITY = -50;

/** Training rows as a compressed sparse row matrix with one class label and one order key (`rowKey`) per row. */
export interface SparseRows {
  rowStart: Int32Array;
  ids: Int32Array;
  values: Float32Array;
  labels: Int32Array;
  keys: Uint32Array;
}

/** Settings of the optimiser (all resolved, no defaults here). */
export interface SoftmaxSettings {
  features: number;
  classes: number;
  epochs: number;
  lambda: number;
  learningRate: number;
  seed: number;
  /** Weight each row by `rows / (classes × rows of its class)`, so a rare class counts as much as a common one. */
  balanced: boolean;
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
 * The order an epoch visits rows in: sorted by their keys salted afresh, as random as a shuffle, but one in which a row
 * added or removed moves no other row (rows of the same key keep their order in the set).
 */
export function visitOrder(keys: Uint32Array, salt: number): Int32Array {
  const salted = keys.map((key) => saltedKey(key, salt));
  return Int32Array.from(keys, (_, i) => i).sort((a, b) => salted[a]! - salted[b]! || a - b);
}

/**
 * Fits multinomial logistic regression (mean NLL, class-weighted when `balanced`, + λ/2‖W‖²) by stochastic
 * gradient descent over rows in an order drawn afresh each epoch, the step decaying linearly to zero; updates touch
 * only the active features' rows.
 */
export function trainSoftmax(rows: SparseRows, s: SoftmaxSettings): SoftmaxWeights {
  const K = s.classes;
  const n = rows.labels.length;
  const weights = new Float32Array(s.features * K);
  const bias = new Float32Array(K);
  const z = new Float64Array(K);
  const random = seededRandom(s.seed);
  const totalSteps = Math.max(1, s.epochs * n);
  const classWeight = new Float64Array(K).fill(1);
  if (s.balanced) {
    const perClass = new Float64Array(K);
    for (const label of rows.labels) perClass[label]! += 1;
    for (let k = 0; k < K; k++) classWeight[k] = perClass[k]! === 0 ? 1 : n / (K * perClass[k]!);
  }
  let step = 0;
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    const order = visitOrder(rows.keys, Math.floor(random() * 4294967296));
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
        // Probabilities below e^-50 are set to zero: their gradients are irrelevant, and once a small set is
        // learnt by heart they would become subnormal numbers, which make float arithmetic many times slower.
        const d = z[k]! - max;
        z[k] = d < MIN_LOG_PROBABILITY ? 0 : Math.exp(d);
        sum += z[k]!;
      }
      const label = rows.labels[row]!;
      for (let k = 0; k < K; k++) z[k]! /= sum;
      loss -= classWeight[label]! * Math.log(Math.max(z[label]!, 1e-300));
      z[label]! -= 1;
      const rate = s.learningRate * (1 - step / totalSteps);
      const g = rate * classWeight[label]!;
      step++;
      for (let k = 0; k < K; k++) bias[k]! -= g * z[k]!;
      const decay = 1 - rate * s.lambda;
      for (let j = start; j < end; j++) {
        const base = rows.ids[j]! * K;
        const x = g * rows.values[j]!;
        for (let k = 0; k < K; k++) weights[base + k] = weights[base + k]! * decay - x * z[k]!;
      }
    }
    s.onProgress?.({ step: epoch + 1, total: s.epochs, loss: loss / Math.max(1, n) });
  }
  return { weights, bias };
}
