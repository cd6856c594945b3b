import { describe, expect, it } from 'vitest';
import { trainIntentClassifier } from '../../src/classify/train-intent-classifier.js';
import { DEFAULT_DECLINE_THRESHOLD, isDeclined, tuneDeclineThreshold } from '../../src/classify/tune-decline-threshold.js';
import { OOS_INTENT } from '../../src/classify/types.js';
import { PETS_TRAIN, PETS_VAL } from './fixtures.js';

const classifier = trainIntentClassifier(PETS_TRAIN);

/** In-scope accuracy and oos recall of a threshold, computed directly. */
function measure(threshold: number): { accuracy: number; recall: number } {
  const inScope = PETS_VAL.filter((r) => r.intent !== OOS_INTENT);
  const oos = PETS_VAL.filter((r) => r.intent === OOS_INTENT);
  const right = inScope.filter((r) => {
    const p = classifier.predict(r.text);
    return !isDeclined(p, threshold) && p.ranked[0]?.intent === r.intent;
  });
  const caught = oos.filter((r) => isDeclined(classifier.predict(r.text), threshold));
  return { accuracy: right.length / inScope.length, recall: caught.length / oos.length };
}

describe('tuneDeclineThreshold', () => {
  it('picks the highest oos recall that keeps in-scope accuracy at the target', () => {
    const threshold = tuneDeclineThreshold(classifier, PETS_VAL, { targetInScopeAccuracy: 1 });
    const chosen = measure(threshold);
    expect(chosen.accuracy).toBe(1);
    // No other candidate threshold keeps accuracy 1 with more recall.
    const scores = PETS_VAL.map((r) => classifier.predict(r.text).oosScore);
    for (const t of scores) {
      const other = measure(t);
      if (other.accuracy >= 1) expect(other.recall).toBeLessThanOrEqual(chosen.recall);
    }
    expect(chosen.recall).toBe(1);
  });

  it('trades accuracy for recall when the target is lower', () => {
    const strict = tuneDeclineThreshold(classifier, PETS_VAL, { targetInScopeAccuracy: 1 });
    const loose = tuneDeclineThreshold(classifier, PETS_VAL, { targetInScopeAccuracy: 0 });
    expect(loose).toBeLessThanOrEqual(strict);
    expect(measure(loose).recall).toBe(1);
  });

  it('declines as much as the target allows when the validation set has no oos rows', () => {
    const inScopeOnly = PETS_VAL.filter((r) => r.intent !== OOS_INTENT);
    const scores = inScopeOnly.map((r) => classifier.predict(r.text).oosScore);
    expect(tuneDeclineThreshold(classifier, inScopeOnly, { targetInScopeAccuracy: 1 })).toBe(Math.max(...scores));
    expect(tuneDeclineThreshold(classifier, inScopeOnly, { targetInScopeAccuracy: 0 })).toBe(Math.min(...scores));
  });

  it('falls back to the documented default without in-scope rows', () => {
    expect(tuneDeclineThreshold(classifier, [])).toBe(DEFAULT_DECLINE_THRESHOLD);
  });
});
