/** The out-of-scope label. */
export const OOS = 'oos';

/** Accuracy, macro-F1 and out-of-scope recall of predicted labels (declines are predicted as `oos`). */
export interface Scores {
  /** Over test rows not labelled `oos`; predicting `oos` for one counts as wrong. */
  accuracy: number;
  /** Mean F1 over every label of the test set (`oos` included when present). */
  macroF1: number;
  /** Share of `oos` test rows predicted `oos` (absent when the test set has none). */
  oosRecall?: number;
}

/** Scores predicted labels against gold labels. */
export function score(gold: readonly string[], predicted: readonly string[]): Scores {
  let inScope = 0;
  let inScopeRight = 0;
  let oos = 0;
  let oosRight = 0;
  const tp = new Map<string, number>();
  const goldCount = new Map<string, number>();
  const predCount = new Map<string, number>();
  gold.forEach((g, i) => {
    const p = predicted[i];
    goldCount.set(g, (goldCount.get(g) ?? 0) + 1);
    if (p !== undefined) predCount.set(p, (predCount.get(p) ?? 0) + 1);
    if (p === g) tp.set(g, (tp.get(g) ?? 0) + 1);
    if (g === OOS) {
      oos++;
      if (p === OOS) oosRight++;
    } else {
      inScope++;
      if (p === g) inScopeRight++;
    }
  });
  const f1s = [...goldCount.entries()].map(([label, n]) => {
    const t = tp.get(label) ?? 0;
    const predictedN = predCount.get(label) ?? 0;
    return t === 0 ? 0 : (2 * t) / (n + predictedN);
  });
  const scores: Scores = {
    accuracy: inScope === 0 ? 0 : inScopeRight / inScope,
    macroF1: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length),
  };
  if (oos > 0) scores.oosRecall = oosRight / oos;
  return scores;
}

/** The q-quantile (0..1) of a list of numbers, nearest rank. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
