import type { AdvisorResult, Lang } from '@cobridge/policy-knowledge';
import { errorReply, limitedReply, replyFromResult } from '@cobridge/reply';
import type { SlackMessage } from './block-kit.js';
import { layoutReply } from './layout-reply.js';
import type { RenderOptions } from './slack-parts.js';

/** Renders any advisor result as a Slack message (teachers' wording). */
export function renderResult(result: AdvisorResult, options: RenderOptions = {}): SlackMessage {
  return layoutReply(replyFromResult(result, 'teacher'), options);
}

/** The reply when someone asks faster than the rate limit allows, in their interface language. */
export function renderLimited(retryAfterSeconds: number, lang: Lang = 'en'): SlackMessage {
  return layoutReply(limitedReply(retryAfterSeconds, lang));
}

/** The apology sent when handling a request failed, in the person's interface language. */
export function renderError(lang: Lang = 'en'): SlackMessage {
  return layoutReply(errorReply(lang));
}
