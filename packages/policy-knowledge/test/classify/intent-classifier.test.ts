import { describe, expect, it } from 'vitest';
import { IntentClassifier } from '../../src/classify/intent-classifier.js';
import { trainIntentClassifier } from '../../src/classify/train-intent-classifier.js';
import { OOS_INTENT } from '../../src/classify/types.js';
import { PETS_TRAIN, PETS_VAL } from './fixtures.js';

const classifier = trainIntentClassifier(PETS_TRAIN, { seed: 7 });

describe('IntentClassifier', () => {
  it('lists the intents it was trained on', () => {
    expect([...classifier.intents]).toEqual(['pets.feed', 'pets.vet', 'pets.walk']);
  });

  it('classifies held-out phrasings of the trained intents', () => {
    for (const row of PETS_VAL.filter((r) => r.intent !== OOS_INTENT)) {
      expect(classifier.predict(row.text).ranked[0]?.intent).toBe(row.intent);
    }
  });

  it('tolerates typos through character n-grams', () => {
    expect(classifier.predict('bok a vett apointment').ranked[0]?.intent).toBe('pets.vet');
  });

  it('ranks at most topK intents with probabilities that sum to at most one', () => {
    const { ranked } = classifier.predict('feed my cat', 2);
    expect(ranked).toHaveLength(2);
    expect(ranked[0]!.confidence).toBeGreaterThanOrEqual(ranked[1]!.confidence);
    expect(ranked[0]!.confidence + ranked[1]!.confidence).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('scores unseen words as more out of scope than a trained question', () => {
    const inScope = classifier.predict('how do i feed my cat');
    const outOfScope = classifier.predict('quantum chromodynamics lecture');
    expect(outOfScope.unseenShare).toBe(1);
    expect(inScope.unseenShare).toBe(0);
    expect(outOfScope.oosScore).toBeGreaterThan(inScope.oosScore);
  });

  it('trains rows labelled oos as an ordinary class', () => {
    const withOos = trainIntentClassifier([
      ...PETS_TRAIN,
      ...['tell me a joke', 'what is the weather', 'who won the football'].map((text) => ({ text, intent: OOS_INTENT })),
    ]);
    expect(withOos.intents).toContain(OOS_INTENT);
    expect(withOos.predict('tell me a joke please').ranked[0]?.intent).toBe(OOS_INTENT);
  });

  it('is deterministic for a given seed', () => {
    const again = trainIntentClassifier(PETS_TRAIN, { seed: 7 });
    expect(again.toJSON()).toEqual(classifier.toJSON());
  });

  it('reports progress once per epoch with a falling loss', () => {
    const losses: number[] = [];
    trainIntentClassifier(PETS_TRAIN, { epochs: 4, onProgress: (p) => losses.push(p.loss) });
    expect(losses).toHaveLength(4);
    expect(losses[3]!).toBeLessThan(losses[0]!);
  });

  it('refuses to train on zero rows', () => {
    expect(() => trainIntentClassifier([])).toThrow(/zero rows/);
  });
});

describe('IntentClassifier serialisation', () => {
  it('round-trips through JSON with identical predictions', () => {
    const loaded = IntentClassifier.fromJSON(JSON.parse(JSON.stringify(classifier.toJSON())));
    for (const text of [...PETS_VAL.map((r) => r.text), '', 'kat fod', 'ñandú 🐈']) {
      expect(loaded.predict(text, 3)).toEqual(classifier.predict(text, 3));
    }
  });

  it('rejects JSON that is not a model', () => {
    expect(() => IntentClassifier.fromJSON({ ...classifier.toJSON(), version: 2 as 1 })).toThrow(/not a cobridge/);
    expect(() => IntentClassifier.fromJSON({ ...classifier.toJSON(), bias: [1] })).toThrow(/inconsistent/);
  });
});

describe('IntentClassifier.explain', () => {
  it('names the words that pushed the intent', () => {
    const features = classifier.explain('book the vet for my dog', 'pets.vet').map((f) => f.feature);
    expect(features.length).toBeGreaterThan(0);
    expect(features.length).toBeLessThanOrEqual(8);
    expect(features).toContain('w:vet');
    expect(features.some((f) => f.startsWith('c:'))).toBe(true);
  });

  it('returns contributions largest first, and nothing for an unknown intent', () => {
    const weights = classifier.explain('walk my dog', 'pets.walk', 3).map((f) => f.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(classifier.explain('walk my dog', 'no.such.intent')).toEqual([]);
  });
});

describe('class-balanced training', () => {
  // One row of a rare intent among twelve of a common one, as in the smallest public corpora.
  const rows = [
    ...['open the door', 'open the window', 'open my garage', 'please open it', 'open the gate', 'open the box'].map((text) => ({
      text,
      intent: 'open',
    })),
    ...['can you open this', 'open up', 'open the lid', 'open the car', 'open that', 'open the shop'].map((text) => ({
      text,
      intent: 'open',
    })),
    { text: 'close the door', intent: 'close' },
  ];
  const confidenceOfClose = (balanced: boolean): number =>
    trainIntentClassifier(rows, { balanced })
      .predict('close the gate', 2)
      .ranked.find((r) => r.intent === 'close')?.confidence ?? 0;

  it('gives a rare intent more weight than plain training', () => {
    expect(confidenceOfClose(true)).toBeGreaterThan(confidenceOfClose(false));
  });

  it('is the default for small training sets', () => {
    expect(trainIntentClassifier(rows).toJSON()).toEqual(trainIntentClassifier(rows, { balanced: true }).toJSON());
  });
});
