import type { AdvisorResult, Advisor, Audience } from '@cobridge/policy-knowledge';
import { audienceCue, looksLikeFollowUp, type ConversationMemory } from './follow-up.js';

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
  let result = direct;
  if (previous && looksLikeFollowUp(input.text)) {
    const audience = audienceCue(input.text) ?? input.audience;
    const contextual = advisor.ask(`${previous.title}: ${input.text}`, { audience });
    const directIsWeak = direct.kind !== 'answer' || (contextual.kind === 'answer' && contextual.confidence > direct.confidence);
    if (contextual.kind === 'answer' && directIsWeak) result = { ...contextual, question: direct.question };
  }
  memory.remember(key, result);
  return result;
}
