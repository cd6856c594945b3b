import { describe, expect, it } from 'vitest';
import { trainIntentClassifier } from '../../src/classify/train-intent-classifier.js';
import { PETS_TRAIN } from './fixtures.js';

const classifier = trainIntentClassifier(PETS_TRAIN);

const HOSTILE: [string, string][] = [
  ['empty text', ''],
  ['only spaces and punctuation', '   ?!… ,,, '],
  ['100 kB of text', 'feed the cat '.repeat(8_000)],
  ['one 100 kB word', 'a'.repeat(100_000)],
  ['NUL and control characters', 'feed\u0000 the\u0007 cat\u001b[31m'],
  ['emoji', '🐈🐕 feed 🐈‍⬛ my cat 👍🏽'],
  ['lone surrogates', 'feed \ud800 the \udfff cat'],
  ['right-to-left text', 'أطعم القطة \u202e feed'],
  ['mixed scripts and digits', 'Кошка 猫 42 vet'],
];

describe('IntentClassifier on hostile input', () => {
  it.each(HOSTILE)('predicts without throwing on %s', (_, text) => {
    const prediction = classifier.predict(text);
    expect(prediction.ranked).toHaveLength(3);
    expect(Number.isFinite(prediction.oosScore)).toBe(true);
    expect(prediction.unseenShare).toBeGreaterThanOrEqual(0);
    expect(prediction.unseenShare).toBeLessThanOrEqual(1);
    expect(() => classifier.explain(text, 'pets.feed')).not.toThrow();
  });

  it('treats text without words as fully unseen', () => {
    expect(classifier.predict('').unseenShare).toBe(1);
  });

  it('still finds the intent at the start of a very long text', () => {
    expect(classifier.predict('feed the cat '.repeat(8_000)).ranked[0]?.intent).toBe('pets.feed');
  });

  it('clamps odd topK values', () => {
    expect(classifier.predict('feed the cat', -3).ranked).toEqual([]);
    expect(classifier.predict('feed the cat', 99).ranked).toHaveLength(3);
    expect(classifier.predict('feed the cat', Number.NaN).ranked).toHaveLength(3);
  });
});
