import type { Knowledge } from '../knowledge.js';
import type { Fact } from '../schema/fact.js';
import { verdictFeatureParts } from './verdict-features.js';
import type { VerdictModel } from './verdict-model.js';
import type { VerdictDecision } from './verdict.js';

/** How close an example question must be for its verdict to stand against a less sure model. */
const CLOSE_EXAMPLE = 0.6;
/** How sure the model must be to overrule a verdict a negating word ("lose", "a mistake") turned around. */
const SURE_AGAINST_A_TURN = 0.7;
/** How sure it must be to overrule a verdict turned by asking whether something breaks the rules ("am I breaking…"). */
const SURE_AGAINST_A_RULE_BREAKING_TURN = 0.95;

/**
 * The verdict the model learned from the example questions gives a yes/no question, read with the verdict the rules (or
 * the closest example) gave as one of its features, when it differs from that verdict. Measured leaving each development
 * set out of training in turn, the model is right more often than the rules wherever the two disagree, however unsure
 * it is (docs/evaluation.md): it decides, except against a question that states the fact's own negative (`firm`), and
 * against a verdict a negating word turned around when it is less than 70% sure (a threshold chosen on the development
 * and older held-out totals), and against an example question at least 0.6 similar when it is less sure than the example
 * is close (the 0.6 chosen the same way, in round 46).
 */
export function learnedVerdict(
  model: VerdictModel,
  knowledge: Knowledge,
  question: string,
  fact: Fact,
  concepts: ReadonlySet<string>,
  ruled: VerdictDecision,
): VerdictDecision | undefined {
  // A firm verdict stands whatever the model says: the question's features are not read for it.
  if (ruled.firm) return undefined;
  const features = verdictFeatureParts({ question, fact, concepts, ruleVerdict: ruled.verdict, conceptsFile: knowledge.concepts });
  const learned = model.predictParts(features);
  if (learned.verdict === ruled.verdict) return undefined;
  // "…is that some mistake I should be worried about?": a turn by a negating word stands against an unsure model.
  if (ruled.turnedBy !== undefined && learned.probability < sureAgainst(ruled.turnedBy)) return undefined;
  // "…in the past companies couldn't hire part-time teachers?" of an example asking just that: a close example stands
  // against a model less sure than the example is close.
  const closeness = ruled.exampleSimilarity ?? 0;
  if (closeness >= CLOSE_EXAMPLE && learned.probability < closeness) return undefined;
  // "Partly: …" shows the fact that makes it partly, as the fact's own rule for that verdict names it.
  const shown = fact.unless.find((r) => r.verdict === learned.verdict && r.with.length > 0)?.with ?? [];
  return {
    verdict: learned.verdict,
    rule: `${ruled.rule}; learned from the example questions → ${learned.verdict} (${learned.probability.toFixed(2)})`,
    with: shown,
  };
}

/** How sure the model must be to overrule a verdict the given negating word turned around. */
function sureAgainst(turnedBy: string): number {
  return turnedBy === 'prohibited' ? SURE_AGAINST_A_RULE_BREAKING_TURN : SURE_AGAINST_A_TURN;
}
