import type { FeatureTables } from './feature-space.js';
/** One training or test row: an utterance and its intent label (`oos` marks out-of-scope). */
export interface LabeledText {
  text: string;
  intent: string;
}

/** The label of out-of-scope rows and of the explicit "not covered" class. */
export const OOS_INTENT = 'oos';

/** A prediction for one utterance. */
export interface Prediction {
  /** Intents with their softmax probabilities, best first (at most `topK`). */
  ranked: { intent: string; confidence: number }[];
  /** Out-of-scope score: higher means more likely out of scope (compare with a tuned threshold). */
  oosScore: number;
  /** Share of the utterance's word stems never seen in training (0..1). */
  unseenShare: number;
}

/** A feature's contribution to one intent's score, for explanations. */
export interface FeatureContribution {
  feature: string;
  weight: number;
}

/** Progress of training, reported once per epoch or pass. */
export interface TrainProgress {
  step: number;
  total: number;
  loss: number;
}

/** Options for training; every field has a sensible default. */
export interface TrainOptions {
  /** L2 regularisation strength. */
  lambda?: number;
  /** Number of passes over the data. */
  epochs?: number;
  /** Random seed, so training is reproducible. */
  seed?: number;
  /** Initial step of the stochastic gradient descent (it decays linearly to zero). */
  learningRate?: number;
  /** Weight rows so every class counts alike (default: only for small training sets, see `SMALL_SET_ROWS`). */
  balanced?: boolean;
  /**
   * Fewest training texts a word pair or char n-gram must occur in to be a feature (default 1: all); single words are
   * always kept, so a rare content word still counts.
   */
  minDocumentFrequency?: number;
  onProgress?: (progress: TrainProgress) => void;
}

/** The serialised classifier: vocabulary, idf and int8 weights with a scale per feature (base64). */
export interface IntentModelJson {
  format: 'cobridge-intent-model';
  version: 1;
  intents: string[];
  /** Word uni/bigram features, newline-separated. */
  wordFeatures: string;
  /** Character n-gram features, newline-separated. */
  charFeatures: string;
  /** Distinct training tokens, newline-separated, most frequent first: their scores are computed at load. */
  tokens?: string;
  /** Float32 idf per feature, base64. */
  idf: string;
  /** Float32 dequantisation scale per feature, base64. */
  scales: string;
  /** Int8 weights, feature-major (`feature * intents.length + intent`), base64. */
  weights: string;
  bias: number[];
  /** Softmax temperature of the out-of-scope score. */
  temperature: number;
  /** Weight of the unseen-stem share in the out-of-scope score. */
  unseenWeight: number;
}

/**
 * A serialized classifier with its binary fields decoded to typed arrays, as the compiled snapshot keeps it, with the
 * lookup tables its feature space builds (so a start builds none).
 */
export interface DecodedIntentModel extends Omit<IntentModelJson, 'idf' | 'scales' | 'weights'> {
  idf: Float32Array;
  scales: Float32Array;
  weights: Int8Array;
  tables: FeatureTables;
}
