import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import LogisticRegressionClassifier from 'natural/lib/natural/classifiers/logistic_regression_classifier.js';
import type { CorpusRow } from '../read-jsonl.js';
import type { Classified, SystemUnderTest } from './system.js';

/** natural's BayesClassifier or LogisticRegressionClassifier, used plainly (addDocument, train, getClassifications). */
export function createNaturalSystem(kind: 'bayes' | 'logistic-regression'): SystemUnderTest {
  const classifier = kind === 'bayes' ? new BayesClassifier() : new LogisticRegressionClassifier();
  return {
    name: kind === 'bayes' ? 'natural BayesClassifier' : 'natural LogisticRegressionClassifier',
    defaultThreshold: Number.POSITIVE_INFINITY,
    train(rows: readonly CorpusRow[]) {
      for (const row of rows) classifier.addDocument(row.text, row.intent);
      classifier.train();
      return Promise.resolve();
    },
    classify(text: string): Classified {
      const ranked = classifier.getClassifications(text);
      const total = ranked.reduce((sum, c) => sum + c.value, 0);
      const top = ranked[0];
      // The share of the top class among all class scores stands in for a confidence.
      return { intent: top?.label ?? '', oosScore: top === undefined || total <= 0 ? 1 : 1 - top.value / total };
    },
  };
}
