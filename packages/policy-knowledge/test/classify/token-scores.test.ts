import { describe, expect, it } from 'vitest';
import { createSparseVector, FeatureSpace } from '../../src/classify/feature-space.js';
import { IntentClassifier } from '../../src/classify/intent-classifier.js';
import { float32FromBase64, int8FromBase64 } from '../../src/classify/quantize.js';
import { TokenScores } from '../../src/classify/token-scores.js';
import { trainIntentClassifier } from '../../src/classify/train-intent-classifier.js';
import type { IntentModelJson } from '../../src/classify/types.js';
import { PETS_TRAIN, PETS_VAL } from './fixtures.js';

const lines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

/** Softmax over the plain sparse dot product of every active feature: scoring without the per-token cache. */
function uncachedProbabilities(json: IntentModelJson, text: string): number[] {
  const space = new FeatureSpace(lines(json.wordFeatures), lines(json.charFeatures), float32FromBase64(json.idf));
  const scales = float32FromBase64(json.scales);
  const weights = int8FromBase64(json.weights);
  const K = json.intents.length;
  const v = createSparseVector();
  space.vectorize(text, v);
  const z = [...json.bias];
  for (let j = 0; j < v.length; j++) {
    const id = v.ids[j]!;
    for (let k = 0; k < K; k++) z[k]! += v.values[j]! * scales[id]! * weights[id * K + k]!;
  }
  const max = Math.max(...z);
  const exp = z.map((x) => Math.exp(x - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((x) => x / sum);
}

// Repeated words and n-grams (sublinear TF), typos, unknown words and empty text.
const TEXTS = [...PETS_VAL.map((r) => r.text), 'cat cat cat food food food', 'walkies walk walked walking', 'kat fod', 'xyzzy', ''];

describe('IntentClassifier token score cache', () => {
  const classifier = trainIntentClassifier(PETS_TRAIN, { seed: 3 });
  const json = classifier.toJSON();

  it('ranks and scores exactly like the uncached dot product', () => {
    for (const text of TEXTS) {
      const reference = uncachedProbabilities(json, text);
      const order = reference.map((p, k) => ({ intent: json.intents[k]!, p })).sort((a, b) => b.p - a.p);
      const { ranked } = classifier.predict(text, json.intents.length);
      expect(
        ranked.map((r) => r.intent),
        text,
      ).toEqual(order.map((o) => o.intent));
      ranked.forEach((r, i) => expect(r.confidence).toBeCloseTo(order[i]!.p, 6));
    }
  });

  it('keeps the training tokens and scores them as a model without that list does', () => {
    expect(json.tokens?.split('\n')).toContain('cat');
    const stripped: IntentModelJson = { ...json };
    delete stripped.tokens;
    const withoutTokens = IntentClassifier.fromJSON(stripped);
    for (const text of TEXTS) expect(withoutTokens.predict(text, 3)).toEqual(classifier.predict(text, 3));
  });

  it('gives the same predictions cold and warm, and after a JSON round-trip', () => {
    const cold = TEXTS.map((text) => IntentClassifier.fromJSON(json).predict(text, 3));
    const loaded = IntentClassifier.fromJSON(JSON.parse(JSON.stringify(json)) as IntentModelJson);
    for (const [i, text] of TEXTS.entries()) {
      expect(classifier.predict(text, 3)).toEqual(cold[i]);
      expect(loaded.predict(text, 3)).toEqual(cold[i]);
    }
  });
});

describe('TokenScores rows found through what the feature space knows of a token', () => {
  it('are the rows found by the token itself, however many scorers read the same tokens', () => {
    const json = trainIntentClassifier(PETS_TRAIN, { seed: 3 }).toJSON();
    const space = new FeatureSpace(lines(json.wordFeatures), lines(json.charFeatures), float32FromBase64(json.idf));
    const weights = { scales: float32FromBase64(json.scales), quantized: int8FromBase64(json.weights) };
    const K = json.intents.length;
    const [first, second, byToken] = [1, 2, 3].map(() => new TokenScores(space, weights, K));
    const v = createSparseVector();
    for (const text of [...TEXTS, ...TEXTS]) {
      space.vectorize(text, v);
      for (let t = 0; t < v.tokenCount; t++) {
        const expected = byToken!.get(v.tokens[t]!);
        for (const scorer of [first!, second!]) {
          const row = scorer.rowOf(v.tokens[t]!, v.infos[t]!);
          expect(row, v.tokens[t]).toBe(expected);
          if (row >= 0) expect([...scorer.rows.subarray(row, row + K)]).toEqual([...byToken!.rows.subarray(row, row + K)]);
        }
      }
    }
  });
});
