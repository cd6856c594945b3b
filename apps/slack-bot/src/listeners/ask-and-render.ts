import { detectFeatureIntent, isChinese, type Lang } from '@cobridge/policy-knowledge';
import type { Refusal, Services } from '@cobridge/advisor-runtime';
import { toQuestion } from '../inbound.js';
import type { SlackMessage } from '../render/block-kit.js';
import type { RenderOptions } from '../render/slack-parts.js';
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

/** The answer to send, or a rate-limit refusal with the private notice to show (only the window's first). */
export type SlackAnswer = { kind: 'answer'; message: SlackMessage } | { kind: 'limited'; notice: SlackMessage | undefined };

/**
 * The listeners' path after ack: sanitize → services.ask (as a teacher) → render, offering a tool the question reads
 * like (labelled in the interface language; the tool answers in Chinese when the question is Chinese).
 */
export function askAndRender(
  services: Services,
  question: SlackQuestion,
  options: Pick<RenderOptions, 'shareable' | 'question' | 'lang'> = {},
): SlackAnswer {
  const inbound = toQuestion(question.text, question.botUserId);
  const outcome = services.ask({
    platform: 'slack',
    userId: question.userId,
    text: inbound.text,
    audience: 'teacher',
    ...(question.conversationId === undefined ? {} : { conversationId: question.conversationId }),
  });
  if (outcome.kind === 'limited') return limitedAnswer(outcome, options.lang);
  const echo = options.question === undefined ? {} : { question: inbound.text };
  const intent = detectFeatureIntent(services.advisor().knowledge, inbound.text);
  const message = renderResult(outcome.result, {
    ...options,
    ...echo,
    ...(intent === undefined ? {} : { offer: offerButton(intent, options.lang, isChinese(inbound.text) ? 'zh' : options.lang) }),
    recordId: outcome.recordId,
    truncated: inbound.truncated,
  });
  return { kind: 'answer', message };
}

/** A refusal as a {@link SlackAnswer}: the notice (in `lang`) only when the user has not been told in this window. */
export function limitedAnswer(refusal: Refusal, lang: Lang = 'en'): SlackAnswer & { kind: 'limited' } {
  return { kind: 'limited', notice: refusal.notify ? renderLimited(refusal.retryAfterSeconds, lang) : undefined };
}
