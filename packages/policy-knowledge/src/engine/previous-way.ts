import type { Audience } from '../schema/topic.js';
import type { AnswerTools } from './answer-tools.js';
import type { LaterPart } from './later-part.js';
import type { AdvisorResult } from './types.js';
import { namesOwnStartUp } from '../understand/own-start-up.js';
import { WAYS } from './verdict.js';

/** The ways of taking part (part-time work, a start-up in post, leaving the post) a text names. */
function waysNamed(tools: AnswerTools, text: string, audience: Audience | undefined): string[] {
  const named = new Set(tools.concepts.find(text, audience).map((m) => m.concept));
  return WAYS.filter((way) => named.has(way));
}

/** The ways of taking part the facts of a result are about. */
function waysAnswered(tools: AnswerTools, result: AdvisorResult): string[] {
  if (result.kind !== 'answer') return [];
  const about = new Set(result.facts.flatMap((id) => tools.knowledge.factById.get(id)?.about ?? []));
  return WAYS.filter((way) => about.has(way));
}

/**
 * "How many hours a week may I work part-time, and does the company have to be in my field?": a later part naming no
 * way of taking part, answered alone from a fact of another way than the one the part before named, asks on about that
 * way; it is read after that part and kept when the reading answers from a fact of that way.
 */
export function onPreviousWay(
  tools: AnswerTools,
  { part, alone, previous, previousPart, readAfter }: LaterPart,
  audience: Audience | undefined,
): AdvisorResult | undefined {
  if (previous.kind !== 'answer' || alone.kind !== 'answer') return undefined;
  const [way, ...others] = waysNamed(tools, previousPart, audience);
  // ("…and could he open his own business instead?": a company of one's own is a way of taking part of its own.)
  if (way === undefined || others.length > 0 || waysNamed(tools, part, audience).length > 0 || namesOwnStartUp(part)) return undefined;
  const answered = waysAnswered(tools, alone);
  if (answered.length === 0 || answered.includes(way)) return undefined;
  const after = readAfter({ question: previousPart, topicId: previous.topic.id, facts: previous.facts });
  return waysAnswered(tools, after).includes(way) ? after : undefined;
}
