import type { Fact } from '../schema/fact.js';
import type { Audience } from '../schema/topic.js';
import type { VerdictDecision } from './verdict.js';

// "do we have any say in it?", "does the company get a say?": asked whether a party has a part in deciding something.
const ASKS_A_SAY = new RegExp(
  String.raw`\b(?:do|does|would|will|can|could)\s+(we|i|the (?:company|enterprise|firm|employer|school|college|university))\s+` +
    String.raw`(?:\w+\s+)?(?:get|have)\s+(?:any\s+|a\s+|some\s+)?(?:say|voice|veto)\b`,
  'i',
);

/** Concepts of the agreements the guidance names. */
const AGREEMENTS: ReadonlySet<string> = new Set(['leave-agreement', 'income-distribution']);

/** The party a question asks a say for, or undefined when it names none the audience makes clear. */
function partyAsked(named: string, audience: Audience | undefined): 'teacher' | 'school' | 'enterprise' | undefined {
  if (/^we$/i.test(named)) return audience === 'enterprise' ? 'enterprise' : undefined;
  if (/^i$/i.test(named)) return audience === 'enterprise' ? 'enterprise' : 'teacher';
  return /company|enterprise|firm|employer/i.test(named) ? 'enterprise' : 'school';
}

/**
 * "do we have any say in it?" of a rule the fact gives to another party and never names this one in: the guidance
 * does not say; of an agreement the party signs: yes. Other agreements and facts about the party are left to the other
 * checks; undefined for other questions.
 */
export function sayVerdict(question: string, fact: Fact, audience: Audience | undefined): VerdictDecision | undefined {
  const named = ASKS_A_SAY.exec(question)?.[1];
  const party = named === undefined ? undefined : partyAsked(named, audience);
  if (party === undefined) return undefined;
  const agreement = fact.about.some((c) => AGREEMENTS.has(c));
  // "do we have a say in the income split?": a party to the agreement that settles it has one.
  if (agreement && fact.about.includes(party))
    return {
      verdict: 'yes',
      rule: `asks whether the ${party} has a say; it is a party to the agreement that settles it`,
      with: [],
      firm: true,
    };
  // "does the school get a say?" of what the school must do when asked (end the contract, 3-20): no.
  if (fact.by === party && fact.modality === 'obligation')
    return { verdict: 'no', rule: `asks whether the ${party} has a say; the fact requires it of the ${party}`, with: [], firm: true };
  // (An agreement without the party is left to the agreement rules; so is another fact about the party.)
  if (agreement || fact.about.includes(party)) return undefined;
  return {
    verdict: 'not-stated',
    rule: `asks whether the ${party} has a say; the fact gives the ${party} no part in it`,
    with: [],
    firm: true,
  };
}
