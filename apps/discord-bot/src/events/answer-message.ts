import type { Services } from '@cobridge/advisor-runtime';
import { isChinese } from '@cobridge/policy-knowledge';
import { offerFor } from '../feature-replies.js';
import { toQuestion } from '../inbound.js';
import { renderHelp } from '../render/render-help.js';
import { withOffer } from '../render/render-offer.js';
import type { RenderedReply } from '../render/reply.js';
import { renderOutcome } from '../render/render-result.js';

/** A question asked in a message (a mention or a DM), as kept in the inbox. */
export interface MessageQuestion {
  channelId: string;
  messageId: string;
  authorId: string;
  /** Whose follow-ups it continues (see conversationOf). */
  conversationId: string;
  content: string;
}

/**
 * Works out the reply to a message question: help for an empty one, the answer, the slow-down notice (once per
 * window) or nothing. A message has no locale, so its interface language follows the question.
 */
export function replyToQuestion(services: Services, question: MessageQuestion): RenderedReply | undefined {
  const inbound = toQuestion(question.content);
  if (inbound.text === '') return renderHelp(services.advisor().topics());
  const outcome = services.ask({
    platform: 'discord',
    userId: question.authorId,
    text: inbound.text,
    audience: 'enterprise',
    conversationId: question.conversationId,
  });
  if (outcome.kind === 'limited' && !outcome.notify) return undefined;
  const lang = isChinese(inbound.text) ? 'zh' : 'en';
  const offer = outcome.kind === 'result' ? offerFor(services.advisor().knowledge, inbound.text, lang) : undefined;
  return withOffer(renderOutcome(outcome, 'enterprise', lang), offer);
}
