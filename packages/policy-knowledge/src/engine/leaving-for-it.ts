import type { Fact } from '../schema/fact.js';
import type { VerdictDecision } from './verdict.js';

/** "do I need to leave my post to do it?", "would I have to quit or leave my post for that?": leaving asked as the price of it. */
const LEAVING_FOR_IT = new RegExp(
  String.raw`\b(?:have to|has to|need to|needs to|must|required to|got to|gotta)\s+(?:quit|resign|leave)\b[^?]{0,30}?` +
    String.raw`\b(?:to do|for)\s+(?:it|that|this)(?:\s+one)?\b`,
  'i',
);
/** The ways of taking part that keep the teacher in post. */
const IN_POST_TOPICS: ReadonlySet<string> = new Set(['ways.part-time', 'ways.in-post-company']);

/** True when a question asks whether leaving the post is needed to do what it points at. */
export function asksLeavingForIt(question: string): boolean {
  return LEAVING_FOR_IT.test(question);
}

/**
 * "I teach automation. Can I work part-time for a robotics company? Do I need to leave my post to do it?": part-time
 * work and a start-up in post are taken while keeping the post, so no, from the fact just given. Undefined unless the
 * question asks so of such a fact.
 */
export function leavingForAWayInPost(
  question: string,
  contextFacts: readonly string[] | undefined,
  factById: ReadonlyMap<string, Fact>,
): { decision: VerdictDecision; facts: Fact[] } | undefined {
  if (contextFacts === undefined || !asksLeavingForIt(question)) return undefined;
  const fact = contextFacts.map((id) => factById.get(id)).find((f) => f !== undefined && IN_POST_TOPICS.has(f.topic));
  if (fact === undefined) return undefined;
  const rule = 'asks whether the way just discussed needs leaving the post; it is taken in post';
  return { decision: { verdict: 'no', rule, with: [], firm: true }, facts: [fact] };
}
