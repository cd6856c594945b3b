import { addRows, createGatheredRows, gatherRow } from './add-rows.js';
import { createSparseVector, FeatureSpace, type SparseVector } from './feature-space.js';
import { isDecodedModel } from './decoded-model.js';
import { RecentReadings } from './recent-readings.js';
import { float32FromBase64, int8FromBase64, toBase64, type QuantizedWeights } from './quantize.js';
import { TokenScores } from './token-scores.js';
import { OOS_INTENT, type DecodedIntentModel, type FeatureContribution, type IntentModelJson, type Prediction } from './types.js';

/** The parts a classifier is made of: features, feature-major int8 weights and the oos score settings. */
export interface IntentClassifierParts {
  intents: readonly string[];
  space: FeatureSpace;
  weights: QuantizedWeights;
  bias: Float32Array;
  temperature: number;
  unseenWeight: number;
}

const splitLines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

const copyOf = ({ ranked, oosScore, unseenShare }: Prediction): Prediction => ({
  ranked: ranked.map((r) => ({ ...r })),
  oosScore,
  unseenShare,
});

/**
 * A trained intent classifier: softmax regression over TF-IDF word and character n-grams. Scoring is
 * allocation-light and never throws on user text.
 */
export class IntentClassifier {
  readonly intents: readonly string[];
  private readonly parts: IntentClassifierParts;
  private readonly oosIndex: number;
  private readonly vector: SparseVector = createSparseVector();
  private readonly logits: Float64Array;
  private readonly tokenScores: TokenScores;
  private readonly gathered = createGatheredRows();
  /** Intent indices of the best scores, reused by `top`. */
  private readonly best: Int32Array;
  /** A question is classified by several readers in turn (and its claims again): predictions by text and count asked. */
  private readonly recent = new RecentReadings<Prediction>(4);

  /** Wraps trained parts. */
  constructor(parts: IntentClassifierParts) {
    const K = parts.intents.length;
    this.parts = parts;
    this.intents = parts.intents;
    this.oosIndex = parts.intents.indexOf(OOS_INTENT);
    this.logits = new Float64Array(K);
    this.best = new Int32Array(K);
    this.tokenScores = new TokenScores(parts.space, parts.weights, K);
  }

  /** Computes the logits into `this.logits` and returns the unseen-stem share of `text`. */
  private score(text: string): number {
    const { space, bias } = this.parts;
    const { scales, quantized: q } = this.parts.weights;
    const v = this.vector;
    space.vectorize(typeof text === 'string' ? text : '', v);
    const K = this.intents.length;
    const z = this.logits;
    for (let k = 0; k < K; k++) z[k] = bias[k]!;
    const { idf, wordCount } = space;
    const gathered = this.gathered;
    for (let j = 0; j < v.length; j++) {
      const id = v.ids[j]!;
      const count = v.counts[j]!;
      // Word features one by one; a char feature only when repeated: the token sums below count it linearly.
      const x = id < wordCount ? v.values[j]! : count > 1 ? v.values[j]! - v.charScale * count * idf[id]! : 0;
      if (x !== 0) gatherRow(z, q, gathered, K, id * K, x * scales[id]!);
    }
    addRows(z, q, gathered, K);
    const scores = this.tokenScores;
    for (let t = 0; t < v.tokenCount; t++) {
      const base = scores.rowOf(v.tokens[t]!, v.infos[t]!);
      if (base >= 0) gatherRow(z, scores.rows, gathered, K, base, v.charScale);
    }
    addRows(z, scores.rows, gathered, K);
    return v.unseenShare;
  }

  /** Ranks the intents for an utterance and scores how likely it is out of scope. */
  predict(text: string, topK = 5): Prediction {
    const count = Number.isFinite(topK) ? Math.max(0, Math.floor(topK)) : 5;
    return copyOf(this.recent.get(text, count) ?? this.recent.remember(text, this.classify(text, count), count));
  }

  /** The `topK` best intents for an utterance and its out-of-scope score. */
  private classify(text: string, topK: number): Prediction {
    const unseenShare = this.score(text);
    const z = this.logits;
    const K = this.intents.length;
    let max = -Infinity;
    for (let k = 0; k < K; k++) if (z[k]! > max) max = z[k]!;
    const T = this.parts.temperature;
    let sum = 0;
    let sumT = 0;
    let bestInScope = -Infinity;
    for (let k = 0; k < K; k++) {
      const d = z[k]! - max;
      if (k !== this.oosIndex && d > bestInScope) bestInScope = d;
      // At the usual temperature 2, exp(d) is the square of exp(d / 2): one exp per intent instead of two.
      const e = T === 1 ? 0 : Math.exp(d / T);
      sumT += e;
      z[k] = T === 2 ? e * e : Math.exp(d);
      sum += z[k]!;
    }
    const inScopeProbability =
      K === 0 || bestInScope === -Infinity ? 0 : T === 1 ? Math.exp(bestInScope) / sum : Math.exp(bestInScope / T) / sumT;
    const oosScore = 1 - inScopeProbability + this.parts.unseenWeight * unseenShare;
    return { ranked: this.top(topK, sum), oosScore, unseenShare };
  }

  /** The best `n` intents from the exponentiated scores in `this.logits`, by partial insertion sort (ties: lower index first). */
  private top(n: number, sum: number): Prediction['ranked'] {
    const z = this.logits;
    const best = this.best;
    const count = Math.min(n, z.length);
    let size = 0;
    for (let k = 0; k < z.length && count > 0; k++) {
      const v = z[k]!;
      if (size === count && v <= z[best[size - 1]!]!) continue;
      let i = size < count ? size++ : size - 1;
      for (; i > 0 && z[best[i - 1]!]! < v; i--) best[i] = best[i - 1]!;
      best[i] = k;
    }
    const ranked: Prediction['ranked'] = [];
    for (let i = 0; i < size; i++) ranked.push({ intent: this.intents[best[i]!]!, confidence: z[best[i]!]! / sum });
    return ranked;
  }

  /** The features of `text` that pushed `intent`'s score up most, largest first ([] for an unknown intent). */
  explain(text: string, intent: string, topN = 8): FeatureContribution[] {
    const k = this.intents.indexOf(intent);
    if (k < 0) return [];
    this.score(text);
    const v = this.vector;
    const { space } = this.parts;
    const { scales, quantized } = this.parts.weights;
    const K = this.intents.length;
    const contributions: FeatureContribution[] = [];
    for (let j = 0; j < v.length; j++) {
      const id = v.ids[j]!;
      const weight = v.values[j]! * scales[id]! * quantized[id * K + k]!;
      if (weight > 0) contributions.push({ feature: space.names[v.ids[j]!]!, weight });
    }
    return contributions.sort((a, b) => b.weight - a.weight).slice(0, Math.max(0, topN));
  }

  /** Serialises the model compactly (int8 weights, base64). */
  toJSON(): IntentModelJson {
    const { space, bias } = this.parts;
    const { scales, quantized } = this.parts.weights;
    return {
      format: 'cobridge-intent-model',
      version: 1,
      intents: [...this.intents],
      wordFeatures: space.names
        .slice(0, space.wordCount)
        .map((f) => f.slice(2))
        .join('\n'),
      charFeatures: space.names
        .slice(space.wordCount)
        .map((f) => f.slice(2))
        .join('\n'),
      tokens: space.tokens.join('\n'),
      idf: toBase64(space.idf),
      scales: toBase64(scales),
      weights: toBase64(quantized),
      bias: [...bias],
      temperature: this.parts.temperature,
      unseenWeight: this.parts.unseenWeight,
    };
  }

  /** Loads a model saved by `toJSON` (or the same with its binary fields decoded) without retraining. */
  static fromJSON(json: IntentModelJson | DecodedIntentModel): IntentClassifier {
    if (json.format !== 'cobridge-intent-model' || json.version !== 1) {
      throw new Error(`not a cobridge intent model (format ${String(json.format)}, version ${String(json.version)})`);
    }
    const K = json.intents.length;
    const { idf, scales, quantized, tables } = isDecodedModel(json)
      ? { idf: json.idf, scales: json.scales, quantized: json.weights, tables: json.tables }
      : {
          idf: float32FromBase64(json.idf),
          scales: float32FromBase64(json.scales),
          quantized: int8FromBase64(json.weights),
          tables: undefined,
        };
    // The feature names are read back from the space's own tables if they are asked for (explanations, serialising),
    // so neither the split lists nor the model's feature strings are kept.
    let built: FeatureSpace | undefined;
    const names = () => built!.namesFromTables();
    built = new FeatureSpace(
      splitLines(json.wordFeatures),
      splitLines(json.charFeatures),
      idf,
      splitLines(json.tokens ?? ''),
      names,
      tables,
    );
    const space = built;
    const weights = { scales, quantized };
    if (weights.quantized.length !== space.size * K || weights.scales.length !== space.size || json.bias.length !== K) {
      throw new Error('intent model is inconsistent: weights, bias and vocabulary sizes do not match');
    }
    return new IntentClassifier({
      intents: json.intents,
      space,
      weights,
      bias: Float32Array.from(json.bias),
      temperature: json.temperature,
      unseenWeight: json.unseenWeight,
    });
  }
}
