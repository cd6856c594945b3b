import type { Fact, Verdict } from '../schema/fact.js';
import type { QuestionType } from '../understand/question-type.js';

/** A verdict with the rule that produced it and the facts that explain it. */
export interface VerdictDecision {
  verdict: Verdict | null;
  rule: string;
  with: string[];
}

const SWAP: Partial<Record<Verdict, Verdict>> = { yes: 'no', no: 'yes' };
/** The three ways of taking part: what the guidance says of one, it does not say of another. */
const WAYS = ['part-time', 'in-post', 'leave'] as const;

/** The ways the fact and the question speak of, when they are different ones ("part-time" asked, "leave" stated). */
function otherWayOfTakingPart(fact: Fact, concepts: ReadonlySet<string>): { fact: string; question: string } | undefined {
  const factWays = WAYS.filter((w) => fact.about.includes(w));
  const askedWays = WAYS.filter((w) => concepts.has(w));
  if (factWays.length === 0 || askedWays.length === 0 || askedWays.some((w) => factWays.includes(w))) return undefined;
  return { fact: factWays.join(', '), question: askedWays.join(', ') };
}

/**
 * Decides what the guidance says to a question from the fact that answers it: for yes/no questions the fact's
 * rules, then its verdict, turned around by words such as "lose" or "refuse"; for any question asking for an
 * amount or a date the fact does not give, "not-stated".
 */
export function decideVerdict(fact: Fact, type: QuestionType, concepts: ReadonlySet<string>, actor?: string): VerdictDecision {
  const asksAmount = type === 'how-much' || concepts.has('amount');
  const asksDate = type === 'when' || concepts.has('date');
  if (type !== 'yes-no') {
    if ((asksAmount && type === 'how-much' && !fact.states.includes('amount')) || (type === 'when' && !fact.states.includes('date'))) {
      return { verdict: 'not-stated', rule: `asks for ${type === 'when' ? 'a date' : 'an amount'} the fact does not give`, with: [] };
    }
    return { verdict: null, rule: `a ${type} question has no verdict`, with: [] };
  }
  const rule = fact.unless.find((r) => r.when.every((c) => concepts.has(c)));
  let verdict: Verdict;
  let because: string;
  const flipped = fact.flipOn.some((c) => concepts.has(c));
  // "…lose my post after 6 months?": a figure inside a claim the fact contradicts is answered by the fact.
  if (!rule && !flipped && concepts.has('detail') && !fact.states.includes('amount')) {
    return { verdict: 'not-stated', rule: 'asks for a detail (a figure, a limit, a procedure) the fact does not give', with: [] };
  }
  if (!rule && fact.modality === 'permission' && concepts.has('obliged')) {
    return { verdict: 'no', rule: 'the question asks whether it is required; the fact only allows it', with: [] };
  }
  if (!rule && actor !== undefined && fact.by !== undefined && actor !== fact.by) {
    return { verdict: 'no', rule: `the question asks whether the ${actor} does it; the ${fact.by} does`, with: [] };
  }
  const otherWay = otherWayOfTakingPart(fact, concepts);
  if (!rule && otherWay) return { verdict: 'not-stated', rule: `the fact concerns ${otherWay.fact}, the question ${otherWay.question}`, with: [] };
  if (rule) {
    verdict = rule.verdict;
    because = `rule: when ${rule.when.join(' + ')} → ${rule.verdict}`;
  } else if ((asksAmount && !fact.states.includes('amount')) || (asksDate && !fact.states.includes('date'))) {
    return { verdict: 'not-stated', rule: `asks for ${asksDate ? 'a date' : 'an amount'} the fact does not give`, with: [] };
  } else {
    verdict = fact.verdict ?? 'yes';
    because = fact.verdict ? `the fact's verdict: ${fact.verdict}` : 'the fact states it: yes';
  }
  const flip = fact.flipOn.find((c) => concepts.has(c) && !(rule?.when.includes(c) ?? false));
  const swapped = flip ? SWAP[verdict] : undefined;
  if (swapped) return { verdict: swapped, rule: `${because}, turned around by "${flip}"`, with: rule?.with ?? [] };
  return { verdict, rule: because, with: rule?.with ?? [] };
}
