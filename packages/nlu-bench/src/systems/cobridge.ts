import { DEFAULT_DECLINE_THRESHOLD, trainIntentClassifier, type IntentClassifier } from '@cobridge/policy-knowledge';
import type { CorpusRow } from '../read-jsonl.js';
import type { Classified, SystemUnderTest } from './system.js';

/** Cobridge's own intent classifier. */
export function createCobridgeSystem(): SystemUnderTest {
  let classifier: IntentClassifier | undefined;
  return {
    name: 'Cobridge',
    defaultThreshold: DEFAULT_DECLINE_THRESHOLD,
    train(rows: readonly CorpusRow[]) {
      classifier = trainIntentClassifier([...rows]);
      return Promise.resolve();
    },
    classify(text: string): Classified {
      const p = classifier!.predict(text, 1);
      return { intent: p.ranked[0]?.intent ?? '', oosScore: p.oosScore };
    },
  };
}
