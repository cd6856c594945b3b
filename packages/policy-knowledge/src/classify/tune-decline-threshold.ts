import type { IntentClassifier } from './intent-classifier.js';
import { OOS_INTENT, type LabeledText } from './types.js';

/** Decline threshold for when no validation set exists: decline when `oosScore` is above it. */
export const DEFAULT_DECLINE_THRESHOLD = 0.7;
/** Default in-scope accuracy the tuned threshold must keep on the validation set. */
export const DEFAULT_TARGET_IN_SCOPE_ACCURACY = 0.91;

/** True when a prediction should be declined as out of scope: the top intent is `oos` or the score is too high. */
export function isDeclined(prediction: { ranked: { intent: string }[]; oosScore: number }, threshold: number): boolean {
  return prediction.ranked[0]?.intent === OOS_INTENT || prediction.oosScore > threshold;
}

/**
 * Picks the `oosScore` threshold on a validation set (rows labelled `oos` are out of scope): the highest oos
 * recall among thresholds that keep in-scope accuracy ≥ the target, ties going to the higher threshold. If even
 * declining nothing misses the target, the target becomes that no-decline accuracy. Without oos rows it
 * declines as much as the target allows.
 */
export function tuneDeclineThreshold(
  classifier: IntentClassifier,
  rows: readonly LabeledText[],
  options: { targetInScopeAccuracy?: number } = {},
): number {
  const inScope: { score: number; correct: boolean }[] = [];
  const oosScores: number[] = [];
  let oosByClass = 0;
  for (const row of rows) {
    const p = classifier.predict(row.text, 1);
    const top = p.ranked[0]?.intent;
    if (row.intent !== OOS_INTENT) inScope.push({ score: p.oosScore, correct: top === row.intent });
    else if (top === OOS_INTENT) oosByClass++;
    else oosScores.push(p.oosScore);
  }
  if (inScope.length === 0) return DEFAULT_DECLINE_THRESHOLD;
  const oosTotal = oosScores.length + oosByClass;
  // Candidate thresholds: every score seen, plus "decline nothing".
  const candidates = [...new Set([...inScope.map((r) => r.score), ...oosScores])].sort((a, b) => b - a);
  const noDecline = inScope.filter((r) => r.correct).length / inScope.length;
  const target = Math.min(options.targetInScopeAccuracy ?? DEFAULT_TARGET_IN_SCOPE_ACCURACY, noDecline);
  const byScoreDesc = [...inScope].sort((a, b) => b.score - a.score);
  const oosDesc = [...oosScores].sort((a, b) => b - a);
  let best = candidates[0] ?? DEFAULT_DECLINE_THRESHOLD;
  let bestRecall = -1;
  let lostCorrect = 0;
  let i = 0;
  let caught = 0;
  // Walking thresholds downward: rows with score > t are declined.
  for (const t of candidates) {
    while (i < byScoreDesc.length && byScoreDesc[i]!.score > t) lostCorrect += byScoreDesc[i++]!.correct ? 1 : 0;
    while (caught < oosDesc.length && oosDesc[caught]! > t) caught++;
    const accuracy = (noDecline * inScope.length - lostCorrect) / inScope.length;
    if (accuracy < target - 1e-12) break;
    const recall = oosTotal === 0 ? 0 : (caught + oosByClass) / oosTotal;
    if (recall > bestRecall || (oosTotal === 0 && recall === bestRecall)) {
      bestRecall = recall;
      best = t;
    }
  }
  return best;
}
