import { OOS_INTENT, type EvaluationReport } from '@cobridge/policy-knowledge';

/** The label of questions the advisor answered with a clarifying question. */
export const CLARIFY_LABEL = 'clarify';

/** Counts of (expected, predicted) pairs: one row per expected intent, one column per outcome. */
export interface ConfusionMatrix {
  expected: string[];
  predicted: string[];
  /** `counts[row][column]`. */
  counts: number[][];
}

/** Builds the confusion matrix of an evaluation: topics and `oos` as rows; topics, `oos` and `clarify` as columns. */
export function confusionMatrix(report: EvaluationReport): ConfusionMatrix {
  const intents = [...new Set([...report.topics.map((t) => t.intent), ...report.rows.map((r) => r.expected)])]
    .filter((i) => i !== OOS_INTENT)
    .sort();
  const expected = [...intents, OOS_INTENT];
  const predicted = [...expected, CLARIFY_LABEL];
  const counts = expected.map(() => predicted.map(() => 0));
  for (const row of report.rows) {
    const i = expected.indexOf(row.expected);
    const j = predicted.indexOf(row.predicted);
    if (i >= 0 && j >= 0) counts[i]![j]! += 1;
  }
  return { expected, predicted, counts };
}
