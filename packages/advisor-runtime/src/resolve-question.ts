import { OOS_INTENT, type AdvisorResult, type Advisor, type Audience } from '@cobridge/policy-knowledge';
import { audienceCue, isAudienceSwitch, looksLikeFollowUp, type ConversationMemory } from './follow-up.js';

/** A follow-up answered on its own at this confidence keeps its own topic ("and the teachers' team one?"). */
export const STANDALONE_CONFIDENCE = 0.5;
/** Bonus for a candidate that is the previous topic, related to it, or in its category. */
export const CONTEXT_BONUS = { same: 0.3, related: 0.25, category: 0.1 } as const;
/** A context-weighted candidate must reach this score to be answered. */
export const CONTEXT_MIN_SCORE = 0.3;

/** Asks the advisor, resolving short follow-ups against the conversation's last topic. */
export function resolveQuestion(
  advisor: Advisor,
  memory: ConversationMemory,
  input: { text: string; audience: Audience; conversationId?: string | undefined },
): AdvisorResult {
  const direct = advisor.ask(input.text, { audience: input.audience });
  const key = input.conversationId;
  if (!key) return direct;
  const previous = memory.recall(key);
  const result = previous && looksLikeFollowUp(input.text) ? inContext(advisor, direct, previous, input) : direct;
  memory.remember(key, result);
  return result;
}

function inContext(
  advisor: Advisor,
  direct: AdvisorResult,
  previous: { topicId: string; title: string },
  input: { text: string; audience: Audience },
): AdvisorResult {
  const audience = audienceCue(input.text) ?? input.audience;
  if (isAudienceSwitch(input.text)) {
    const same = advisor.topicAnswer(previous.topicId, audience);
    if (same) return { ...same, question: direct.question, alternatives: direct.alternatives };
  }
  if (direct.kind === 'answer' && direct.confidence >= STANDALONE_CONFIDENCE && direct.topic.id !== previous.topicId) return direct;
  if (direct.kind === 'unknown' && direct.reason !== 'out-of-scope' && direct.reason !== 'low-confidence') return direct;
  const best = bestInContext(advisor, direct, previous.topicId);
  if (best) {
    const answer = advisor.topicAnswer(best.intent, audience);
    if (answer) return { ...answer, question: direct.question, confidence: best.confidence, alternatives: direct.alternatives };
  }
  const contextual = advisor.ask(`${previous.title}: ${input.text}`, { audience });
  return contextual.kind === 'answer' ? { ...contextual, question: direct.question } : direct;
}

/** Re-ranks the direct prediction's topics with a bonus for closeness to the previous topic. */
function bestInContext(advisor: Advisor, direct: AdvisorResult, previousId: string): { intent: string; confidence: number } | undefined {
  const topics = advisor.knowledge.topicById;
  const previous = topics.get(previousId);
  if (!previous) return undefined;
  const scored = direct.alternatives
    .filter((a) => a.intent !== OOS_INTENT && topics.has(a.intent))
    .map((a) => {
      const topic = topics.get(a.intent)!;
      const bonus =
        a.intent === previousId
          ? CONTEXT_BONUS.same
          : previous.related.includes(a.intent) || topic.related.includes(previousId)
            ? CONTEXT_BONUS.related
            : topic.category === previous.category
              ? CONTEXT_BONUS.category
              : 0;
      return { ...a, score: a.confidence + bonus };
    })
    .sort((a, b) => b.score - a.score);
  const top = scored[0];
  return top && top.score >= CONTEXT_MIN_SCORE ? { intent: top.intent, confidence: top.confidence } : undefined;
}
