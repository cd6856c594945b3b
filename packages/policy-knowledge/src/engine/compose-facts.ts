import type { Knowledge } from '../knowledge.js';
import type { Fact, Verdict } from '../schema/fact.js';
import type { Audience } from '../schema/topic.js';
import { citeClauses } from '../features/cite-clauses.js';
import type { Citation } from './types.js';

/** The line a verdict opens an answer with. */
export const VERDICT_LEADS: Record<Verdict, string> = {
  yes: 'Yes.',
  no: 'No.',
  partly: 'Partly.',
  'not-stated': "The guidance doesn't say.",
};

/** A fact's wording for an audience: its audience-specific text where it has one, else the neutral text. */
export function factText(fact: Fact, audience: Audience | undefined): string {
  return ((audience && fact[audience]) || fact.text).trim();
}

/** What introduces the nearest facts after "The guidance doesn't say.", so they are not read as the answer. */
export const NEAREST_LEAD = 'What it does say:';

/** The answer text from facts: the verdict line first (when there is one), then each fact's wording. */
export function composeFromFacts(facts: readonly Fact[], verdict: Verdict | null, audience: Audience | undefined): string {
  const body = facts.map((f) => factText(f, audience)).join(' ');
  if (verdict === 'not-stated') return `${VERDICT_LEADS[verdict]} ${NEAREST_LEAD} ${body}`;
  return verdict ? `${VERDICT_LEADS[verdict]} ${body}` : body;
}

/** The citations of some facts, each clause once, in the order the facts cite them. */
export function citationsOfFacts(knowledge: Knowledge, facts: readonly Fact[]): Citation[] {
  // A few facts of a clause or two each: a list is the cheapest set.
  const ids: string[] = [];
  for (const fact of facts) for (const id of fact.clauses) if (!ids.includes(id)) ids.push(id);
  return citeClauses(knowledge, ids);
}
