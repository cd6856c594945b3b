import type { Fact } from '../schema/fact.js';
import type { Audience } from '../schema/topic.js';
import type { ConceptMatcher } from '../understand/concept-matcher.js';
import type { VerdictDecision } from './verdict.js';

/** The concept a fact listing the cooperation modes is about, besides the modes it names. */
const LIST_CONCEPT = 'modes';
/** Concepts of a listing fact that name no item of the list. */
const NOT_ITEMS: ReadonlySet<string> = new Set([LIST_CONCEPT, 'cooperation']);
/**
 * What a mode is also called by what it consists of: the teachers' team is co-built by teachers working part-time in
 * enterprises (4.1-2).
 */
const ITEM_BY_WHAT_IT_IS: Readonly<Record<string, string>> = { 'part-time': 'teachers-team' };
/** Fewest items a fact names for it to be read as the list. */
const MIN_ITEMS = 3;

// "are X and Y both among the paper's cooperation modes?", "is a franchise model one of the six models?": what comes
// between the verb and "one of" / "among" is what is asked to be on the list ("is that one of them?" points elsewhere).
const ON_THE_LIST = new RegExp(
  String.raw`^(?:(?:so|and|but)\s+)?(?:is|are|was|were)\s+(.*?)\s+(?:both |all |each |really |also )?` +
    String.raw`(?:one of|among|part of|included in|on the list of|in the list of)\s+(?:the\s+)?(?:[\w']+\s+){0,3}(?:modes|models)\b`,
  'i',
);
/** A subject that only points at something said elsewhere. */
const POINTER = /^(?:it|that|this|these|those|they)$/i;
/** Words joining several things asked about at once. */
const JOINED = /\s*(?:,|\band\b|\bor\b|&)\s*/i;

/** True when a question asks whether things are among the modes ("are X and Y both among the paper's modes?"). */
export function asksListMembership(question: string): boolean {
  return ON_THE_LIST.test(question.trim());
}

/**
 * "is a franchise model one of the six cooperation modes?": whether each thing asked about is one of the modes the
 * listing fact names — yes when all are, no when none is, partly when some are — with that fact; undefined for other
 * questions.
 */
export function listMembership(
  question: string,
  facts: readonly Fact[],
  matcher: ConceptMatcher,
  audience: Audience | undefined,
): { decision: VerdictDecision; fact: Fact } | undefined {
  const asked = ON_THE_LIST.exec(question.trim())?.[1];
  if (asked === undefined) return undefined;
  const fact = listingFact(facts);
  if (fact === undefined) return undefined;
  const items = itemsOf(fact);
  const named = asked
    .split(JOINED)
    .map((part) => part.trim())
    .filter((part) => /[a-z]{3,}/i.test(part) && !/^both$/i.test(part));
  if (named.length === 0 || named.some((part) => POINTER.test(part))) return undefined;
  const listed = named.filter((part) =>
    matcher.find(part, audience).some((m) => items.has(m.concept) || items.has(ITEM_BY_WHAT_IT_IS[m.concept] ?? '')),
  );
  const verdict = listed.length === named.length ? 'yes' : listed.length === 0 ? 'no' : 'partly';
  const rule = `asks whether ${named.length === 1 ? 'it is' : 'they are'} on the list: ${listed.length} of ${named.length} named are`;
  return { decision: { verdict, rule, with: [], firm: true }, fact };
}

/** The modes a listing fact names. */
function itemsOf(fact: Fact): Set<string> {
  return new Set(fact.about.filter((c) => !NOT_ITEMS.has(c)));
}

/** Listing facts found so far, per knowledge's fact array (a reload brings a new array). */
const listingFacts = new WeakMap<readonly Fact[], Fact | null>();

/** The fact that lists the modes: about the modes, naming the most of them (found once per fact array). */
function listingFact(facts: readonly Fact[]): Fact | undefined {
  const known = listingFacts.get(facts);
  if (known !== undefined) return known ?? undefined;
  let best: Fact | undefined;
  let bestSize = 0;
  for (const fact of facts) {
    if (!fact.about.includes(LIST_CONCEPT)) continue;
    const size = itemsOf(fact).size;
    if (size >= MIN_ITEMS && size > bestSize) [best, bestSize] = [fact, size];
  }
  listingFacts.set(facts, best ?? null);
  return best;
}
