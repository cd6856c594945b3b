import { createSparseVector, FeatureSpace } from './feature-space.js';
import { IntentClassifier } from './intent-classifier.js';
import { quantize } from './quantize.js';
import { labeledRowKey } from './row-key.js';
import { trainSoftmax, type SparseRows } from './train-softmax.js';
import type { LabeledText, TrainOptions } from './types.js';

/** Training defaults, chosen on CLINC150's validation split. */
export const TRAIN_DEFAULTS = { lambda: 1e-6, epochs: 12, seed: 1, learningRate: 2 } as const;
/** Fewest SGD updates by default: small sets get more epochs than `TRAIN_DEFAULTS.epochs`. */
export const MIN_DEFAULT_UPDATES = 5_000;
/**
 * Training sets smaller than this (the Braun corpora's 30–100 rows) weight every class alike by default: a class
 * with two rows otherwise hardly moves the weights. Chosen by 4 × 5-fold cross-validation on the Braun train
 * files only (docs/benchmarks.md); the knowledge's 1,300 rows, a third of them `oos`, keep plain weighting.
 */
export const SMALL_SET_ROWS = 500;
/** Softmax temperature of the out-of-scope score (chosen on CLINC150 val with the unseen weight below). */
export const OOS_TEMPERATURE = 2;
/** Weight of the unseen-stem share in the out-of-scope score. */
export const OOS_UNSEEN_WEIGHT = 0.2;

/** Vectorises every training row once into a sparse matrix. */
function vectorizeRows(space: FeatureSpace, rows: readonly LabeledText[], classOf: Map<string, number>): SparseRows {
  const v = createSparseVector();
  const ids: number[] = [];
  const values: number[] = [];
  const rowStart = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => {
    space.vectorize(row.text, v);
    for (let j = 0; j < v.length; j++) {
      ids.push(v.ids[j]!);
      values.push(v.values[j]!);
    }
    rowStart[i + 1] = ids.length;
  });
  return {
    rowStart,
    ids: Int32Array.from(ids),
    values: Float32Array.from(values),
    labels: Int32Array.from(rows, (row) => classOf.get(row.intent)!),
    keys: Uint32Array.from(rows, labeledRowKey),
  };
}

/** Trains an intent classifier on any `{text, intent}` set; `oos` rows, when present, are an ordinary class. */
export function trainIntentClassifier(rows: readonly LabeledText[], options: TrainOptions = {}): IntentClassifier {
  if (rows.length === 0) throw new Error('cannot train an intent classifier on zero rows');
  const intents = [...new Set(rows.map((r) => r.intent))].sort();
  const classOf = new Map(intents.map((intent, k) => [intent, k]));
  const space = FeatureSpace.fromTexts(
    rows.map((r) => r.text),
    options.minDocumentFrequency,
  );
  const { weights, bias } = trainSoftmax(vectorizeRows(space, rows, classOf), {
    features: space.size,
    classes: intents.length,
    epochs: options.epochs ?? Math.max(TRAIN_DEFAULTS.epochs, Math.ceil(MIN_DEFAULT_UPDATES / rows.length)),
    lambda: options.lambda ?? TRAIN_DEFAULTS.lambda,
    learningRate: options.learningRate ?? TRAIN_DEFAULTS.learningRate,
    seed: options.seed ?? TRAIN_DEFAULTS.seed,
    balanced: options.balanced ?? rows.length < SMALL_SET_ROWS,
    onProgress: options.onProgress,
  });
  return new IntentClassifier({
    intents,
    space,
    weights: quantize(weights, intents.length),
    bias,
    temperature: OOS_TEMPERATURE,
    unseenWeight: OOS_UNSEEN_WEIGHT,
  });
}
