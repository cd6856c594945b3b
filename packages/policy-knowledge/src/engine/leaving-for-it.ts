import type { Fact } from '../schema/fact.js';
import type { VerdictDecision } from './verdict.js';

/** "do I need to leave my post to do it?", "would I have to quit or leave my post for that?": leaving asked as the price of it. */
const LEAVING_FOR_IT = new RegExp(
  String.raw`\b(?:have to|has to|need to|needs to|must|required to|got to|gotta)\s+(?:quit|resign|leave)\b[^?]{0,30}?` +
    String.raw`\b(?:to do|for)\s+(?:it|that|this)(?:\s+one)?\b`,
  'i',
);
/** "must I leave my post in order to start a company?", "do I have to quit to work part-time?": leaving asked as the price of a way. */
const LEAVING_TO =
  String.raw`\b(?:have to|has to|need to|needs to|must(?:\s+(?:i|we|he|she|they|you))?|required to|got to|gotta)\s+` +
  String.raw`(?:quit|resign|leave)\b(?:\s+(?:my|the|his|her|their|your)\s+(?:teaching\s+)?(?:post|job|position|college|school))?` +
  String.raw`\s+(?:in order\s+)?to\s+`;
const LEAVING_TO_START_UP = new RegExp(
  LEAVING_TO +
    String.raw`(?:start|found|set up|open|launch|run)\s+(?:a|an|my|our|his|her|their|your)\s+` +
    String.raw`(?:own\s+)?(?:company|business|start-?up|firm|enterprise)\b`,
  'i',
);
const LEAVING_TO_WORK_PART_TIME = new RegExp(LEAVING_TO + String.raw`(?:work|take a job|do some work)\s+part[- ]time\b`, 'i');

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

/**
 * "Must I leave my post in order to start a company?": a start-up (or part-time work) can be taken while in post, so no,
 * from the fact of that way. Undefined unless the question asks leaving as the price of one of those ways.
 */
export function leavingToTakeAWayInPost(
  question: string,
  factById: ReadonlyMap<string, Fact>,
): { decision: VerdictDecision; facts: Fact[] } | undefined {
  const id = LEAVING_TO_START_UP.test(question)
    ? 'ways.in-post.related-major'
    : LEAVING_TO_WORK_PART_TIME.test(question)
      ? 'ways.part-time.similar-field'
      : undefined;
  const fact = id === undefined ? undefined : factById.get(id);
  if (fact === undefined) return undefined;
  const rule = 'asks whether a way the guidance allows in post needs leaving the post; it does not';
  return { decision: { verdict: 'no', rule, with: [], firm: true }, facts: [fact] };
}
