import { OOS_INTENT, type Prediction } from '../classify/types.js';

/** Two topics closer than this (in probability) are too close to call: the advisor asks which was meant. */
export const CLARIFY_MARGIN = 0.03;
/** A clear winner above this probability is answered even when a runner-up is close. */
export const CONFIDENT_ENOUGH = 0.35;
/** A candidate must reach this share of the winner's probability to be offered in a clarification. */
export const CANDIDATE_SHARE = 0.45;

/** What the advisor decided to do with a prediction. */
export type Decision =
  | { kind: 'answer'; intent: string; confidence: number }
  | { kind: 'clarify'; candidates: { intent: string; confidence: number }[] }
  | { kind: 'unknown'; reason: 'out-of-scope' | 'low-confidence' };

/** Turns a prediction into an answer, a clarification or an honest decline, by the documented rule. */
export function decide(prediction: Prediction, declineThreshold: number): Decision {
  const top = prediction.ranked[0];
  if (!top || top.intent === OOS_INTENT) return { kind: 'unknown', reason: 'out-of-scope' };
  if (prediction.oosScore > declineThreshold) return { kind: 'unknown', reason: 'low-confidence' };
  const topics = prediction.ranked.filter((r) => r.intent !== OOS_INTENT);
  const runnerUp = topics[1];
  if (runnerUp && top.confidence < CONFIDENT_ENOUGH && top.confidence - runnerUp.confidence < CLARIFY_MARGIN) {
    const candidates = topics.filter((r) => r.confidence >= top.confidence * CANDIDATE_SHARE).slice(0, 3);
    return { kind: 'clarify', candidates };
  }
  return { kind: 'answer', intent: top.intent, confidence: top.confidence };
}
