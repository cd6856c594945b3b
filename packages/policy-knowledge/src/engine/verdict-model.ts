import { StringIds } from '../classify/string-ids.js';
import { rowKey } from '../classify/row-key.js';
import { trainSoftmax } from '../classify/train-softmax.js';
import type { Knowledge } from '../knowledge.js';
import type { Verdict } from '../schema/fact.js';
import { VERDICTS } from '../schema/verdicts.js';
import { askedActor } from '../understand/asked-actor.js';
import { ConceptMatcher } from '../understand/concept-matcher.js';
import { verdictFeatures, type VerdictFeatureParts } from './verdict-features.js';
import { decideVerdict } from './verdict.js';
import { decodeVerdictModel, encodeVerdictModel, type DecodedVerdictModel, type VerdictModelJson } from './verdict-model-file.js';

/** A verdict the model reads in a question, with its probability. */
export interface LearnedVerdict {
  verdict: Verdict;
  probability: number;
}

const SETTINGS = { epochs: 60, lambda: 1e-3, learningRate: 1, seed: 1, balanced: false } as const;

/**
 * Reads the verdict of a yes/no question from the words it adds to the fact that answers it ("…and get me a pay rise",
 * "…need my dean's sign-off"), learned from every fact's example questions and their verdicts.
 */
export class VerdictModel {
  /** Scratch space of `predict`: each verdict's score, then its exponent. */
  private readonly scores: Float64Array;
  private readonly exps: Float64Array;

  // The feature names are not kept: serving only looks features up (about 2 MB less heap than a Map of 27,000 names).
  private constructor(
    private readonly index: StringIds,
    private readonly weights: Float32Array,
    private readonly bias: Float32Array,
  ) {
    this.scores = new Float64Array(bias.length);
    this.exps = new Float64Array(bias.length);
  }

  /** Trains the model on every fact's example questions, each read against its own fact. */
  static train(knowledge: Knowledge): VerdictModel {
    const matcher = new ConceptMatcher(knowledge.concepts);
    const index = new Map<string, number>();
    const rowStart = [0];
    const ids: number[] = [];
    const values: number[] = [];
    const labels: number[] = [];
    const keys: number[] = [];
    for (const fact of knowledge.facts) {
      for (const ask of fact.asks) {
        keys.push(rowKey(`${fact.id}\u0000${ask.q}`));
        const concepts = new Set(matcher.find(ask.q).map((m) => m.concept));
        const ruleVerdict = decideVerdict(fact, 'yes-no', concepts, askedActor(ask.q, undefined), ask.q).verdict;
        const features = verdictFeatures({ question: ask.q, fact, concepts, ruleVerdict, conceptsFile: knowledge.concepts });
        for (const name of features) {
          if (!index.has(name)) index.set(name, index.size);
          ids.push(index.get(name)!);
          values.push(1 / Math.sqrt(features.length));
        }
        rowStart.push(ids.length);
        labels.push(VERDICTS.indexOf(ask.verdict));
      }
    }
    const rows = {
      rowStart: Int32Array.from(rowStart),
      ids: Int32Array.from(ids),
      values: Float32Array.from(values),
      labels: Int32Array.from(labels),
      keys: Uint32Array.from(keys),
    };
    const { weights, bias } = trainSoftmax(rows, { ...SETTINGS, features: index.size, classes: VERDICTS.length });
    return new VerdictModel(StringIds.of([...index.keys()]), weights, bias);
  }

  /** Restores a model from its stored form (base64 from `model.json`, or typed arrays from the compiled snapshot). */
  static fromJSON(json: VerdictModelJson | DecodedVerdictModel): VerdictModel {
    const { featureSlots, weights, bias } = decodeVerdictModel(json);
    return new VerdictModel(StringIds.fromTables({ slots: featureSlots }), weights, Float32Array.from(bias));
  }

  /** The stored form of the model. */
  toJSON(): VerdictModelJson {
    return encodeVerdictModel({ featureSlots: this.index.toTables().slots, weights: this.weights, bias: [...this.bias] });
  }

  /** The likeliest verdict of a question with these features, and its probability. */
  predict(features: readonly string[]): LearnedVerdict {
    this.scores.set(this.bias);
    const scale = 1 / Math.sqrt(features.length || 1);
    for (const name of features) this.addFeature(this.index.get(name), scale);
    return this.best();
  }

  /** `predict` of the features given as prefixes and values (see `verdictFeatureParts`), without joining their names. */
  predictParts({ prefixes, values }: VerdictFeatureParts): LearnedVerdict {
    this.scores.set(this.bias);
    const scale = 1 / Math.sqrt(prefixes.length || 1);
    for (let i = 0; i < prefixes.length; i++) this.addFeature(this.index.getJoined(prefixes[i]!, values[i]!), scale);
    return this.best();
  }

  /** Adds a feature's weights (none for an unknown feature, id -1) times `scale` to the scores. */
  private addFeature(id: number, scale: number): void {
    const classes = VERDICTS.length;
    if (id >= 0) for (let k = 0; k < classes; k++) this.scores[k]! += this.weights[id * classes + k]! * scale;
  }

  /** The verdict of the largest score, with its softmax probability. */
  private best(): LearnedVerdict {
    const { scores, exps: exp } = this;
    const top = largest(scores);
    for (let k = 0; k < scores.length; k++) exp[k] = Math.exp(scores[k]! - top);
    let sum = 0;
    for (let k = 0; k < exp.length; k++) sum += exp[k]!;
    const best = exp.indexOf(largest(exp));
    return { verdict: VERDICTS[best]!, probability: exp[best]! / sum };
  }
}

/** The largest of the values, as `Math.max` gives it (NaN when one is NaN, -Infinity for none). */
function largest(values: Float64Array): number {
  let most = -Infinity;
  for (let k = 0; k < values.length; k++) most = Math.max(most, values[k]!);
  return most;
}
