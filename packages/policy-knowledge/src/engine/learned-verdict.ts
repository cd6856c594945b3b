import type { Knowledge } from '../knowledge.js';
import type { Fact } from '../schema/fact.js';
import { verdictFeatures } from './verdict-features.js';
import type { VerdictModel } from './verdict-model.js';
import type { VerdictDecision } from './verdict.js';

/** How sure the learned verdict must be to overrule the fact's own verdict. */
const LEARNED_TRUST = 0.7;

/**
 * The verdict the model learned from the example questions reads in what a question adds to its fact ("…and get me a pay
 * rise" → partly), when it is sure and differs from the fact's own verdict, which nothing in the question changed.
 */
export function learnedVerdict(
  model: VerdictModel,
  knowledge: Knowledge,
  question: string,
  fact: Fact,
  concepts: ReadonlySet<string>,
  ruled: VerdictDecision,
): VerdictDecision | undefined {
  const features = verdictFeatures({ question, fact, concepts, ruleVerdict: ruled.verdict, conceptsFile: knowledge.concepts });
  const learned = model.predict(features);
  if (learned.probability < LEARNED_TRUST || learned.verdict === ruled.verdict) return undefined;
  return {
    verdict: learned.verdict,
    rule: `${ruled.rule}; learned from the example questions → ${learned.verdict} (${learned.probability.toFixed(2)})`,
    with: [],
  };
}
