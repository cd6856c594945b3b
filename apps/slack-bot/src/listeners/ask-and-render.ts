import { detectFeatureIntent } from '@cobridge/policy-knowledge';
import type { Services } from '@cobridge/advisor-runtime';
import { toQuestion } from '../inbound.js';
import type { SlackMessage } from '../render/block-kit.js';
import type { RenderOptions } from '../render/render-answer.js';
import { renderLimited, renderResult } from '../render/render-result.js';
import { offerButton } from '../render/render-tools.js';

/** Where a question came from in Slack. */
export interface SlackQuestion {
  userId: string;
  /** Raw Slack message text (mentions, links and entities still in Slack syntax). */
  text: string;
  botUserId?: string | undefined;
  /** Thread or DM key, so follow-ups resolve against the previous topic. */
  conversationId?: string;
}

/** The shared listener path after ack: sanitize → services.ask (as a teacher) → render, offering a tool when the question reads like one. */
export function askAndRender(
  services: Services,
  question: SlackQuestion,
  options: Pick<RenderOptions, 'shareable' | 'question'> = {},
): SlackMessage {
  const inbound = toQuestion(question.text, question.botUserId);
  const outcome = services.ask({
    platform: 'slack',
    userId: question.userId,
    text: inbound.text,
    audience: 'teacher',
    ...(question.conversationId === undefined ? {} : { conversationId: question.conversationId }),
  });
  if (outcome.kind === 'limited') return renderLimited(outcome.retryAfterSeconds);
  const echo = options.question === undefined ? {} : { question: inbound.text };
  const intent = detectFeatureIntent(services.advisor().knowledge, inbound.text);
  return renderResult(outcome.result, {
    ...options,
    ...echo,
    ...(intent === undefined ? {} : { offer: offerButton(intent) }),
    recordId: outcome.recordId,
    truncated: inbound.truncated,
  });
}
