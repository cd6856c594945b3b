import type { AdvisorResult } from '@cobridge/policy-knowledge';
import { errorReply, limitedReply, replyFromResult } from '@cobridge/reply';
import type { SlackMessage } from './block-kit.js';
import { layoutReply } from './layout-reply.js';
import type { RenderOptions } from './slack-parts.js';

/** Renders any advisor result as a Slack message (teachers' wording). */
export function renderResult(result: AdvisorResult, options: RenderOptions = {}): SlackMessage {
  return layoutReply(replyFromResult(result, 'teacher'), options);
}

/** The reply when someone asks faster than the rate limit allows. */
export function renderLimited(retryAfterSeconds: number): SlackMessage {
  return layoutReply(limitedReply(retryAfterSeconds));
}

/** The apology sent when handling a request failed. */
export function renderError(): SlackMessage {
  return layoutReply(errorReply());
}
