import type { IntentClassifier } from './intent-classifier.js';
import { OOS_INTENT, type LabeledText } from './types.js';

/**
 * Decline threshold for when no validation set exists: decline only what the model cannot place, that is when
 * the weighted share of never-seen words outweighs the best intent's probability (`oosScore` = 1 − p + w ×
 * unseen > 1). A threshold tuned on one corpus's val set would decline correct answers on another.
 */
export const DEFAULT_DECLINE_THRESHOLD = 1;
/** Default in-scope accuracy the tuned threshold must keep on the validation set. */
export const DEFAULT_TARGET_IN_SCOPE_ACCURACY = 0.91;

/** One scored validation row, as any classifier sees it. */
export interface ScoredRow {
  /** The row is labelled out of scope. */
  isOos: boolean;
  /** The classifier's top intent is the explicit `oos` class (declined whatever the threshold). */
  predictedOos: boolean;
  /** The top intent equals the row's label. */
  correct: boolean;
  oosScore: number;
}

/** True when a prediction should be declined as out of scope: the top intent is `oos` or the score is too high. */
export function isDeclined(prediction: { ranked: { intent: string }[]; oosScore: number }, threshold: number): boolean {
  return prediction.ranked[0]?.intent === OOS_INTENT || prediction.oosScore > threshold;
}

/**
 * The study's rule on scored validation rows (declined when `oosScore` > threshold): the highest oos recall
 * among thresholds keeping in-scope accuracy ≥ the target, ties going to the higher threshold. If even declining
 * nothing misses the target, the target becomes that no-decline accuracy. Without oos rows it declines as much
 * as the target allows.
 */
export function pickDeclineThreshold(rows: readonly ScoredRow[], targetInScopeAccuracy: number): number {
  const inScope = rows.filter((r) => !r.isOos);
  if (inScope.length === 0) return DEFAULT_DECLINE_THRESHOLD;
  const oosTotal = rows.length - inScope.length;
  const oosByClass = rows.filter((r) => r.isOos && r.predictedOos).length;
  const oosDesc = rows
    .filter((r) => r.isOos && !r.predictedOos)
    .map((r) => r.oosScore)
    .sort((a, b) => b - a);
  const inDesc = [...inScope].sort((a, b) => b.oosScore - a.oosScore);
  // Candidate thresholds, highest first: every score seen; the first one declines nothing.
  const candidates = [...new Set([...inDesc.map((r) => r.oosScore), ...oosDesc])].sort((a, b) => b - a);
  const kept = (r: ScoredRow): number => (r.correct && !r.predictedOos ? 1 : 0);
  const noDeclineCorrect = inScope.reduce((n, r) => n + kept(r), 0);
  const target = Math.min(targetInScopeAccuracy, noDeclineCorrect / inScope.length);
  let best = candidates[0] ?? DEFAULT_DECLINE_THRESHOLD;
  let bestRecall = -1;
  let lost = 0;
  let i = 0;
  let caught = 0;
  for (const t of candidates) {
    while (i < inDesc.length && inDesc[i]!.oosScore > t) lost += kept(inDesc[i++]!);
    while (caught < oosDesc.length && oosDesc[caught]! > t) caught++;
    if ((noDeclineCorrect - lost) / inScope.length < target - 1e-12) break;
    const recall = oosTotal === 0 ? 0 : (caught + oosByClass) / oosTotal;
    if (recall > bestRecall || (oosTotal === 0 && recall === bestRecall)) {
      bestRecall = recall;
      best = t;
    }
  }
  return best;
}

/** Picks the `oosScore` threshold of a classifier on a validation set (rows labelled `oos` are out of scope). */
export function tuneDeclineThreshold(
  classifier: IntentClassifier,
  rows: readonly LabeledText[],
  options: { targetInScopeAccuracy?: number } = {},
): number {
  const scored = rows.map((row): ScoredRow => {
    const p = classifier.predict(row.text, 1);
    const top = p.ranked[0]?.intent;
    return { isOos: row.intent === OOS_INTENT, predictedOos: top === OOS_INTENT, correct: top === row.intent, oosScore: p.oosScore };
  });
  return pickDeclineThreshold(scored, options.targetInScopeAccuracy ?? DEFAULT_TARGET_IN_SCOPE_ACCURACY);
}
