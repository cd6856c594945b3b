import type { Reply, Tone } from './reply.js';
import { APOLOGY, limitedText, RESULT_LABELS } from './wording.js';

/** A one-paragraph notice (apologies, confirmations, rate limits, how to use a tool). */
export function noticeReply(text: string, title = '', tone: Tone = 'notice'): Reply {
  return { tone, title, blocks: [{ type: 'paragraph', text }], summary: text, lang: 'en', rateable: false };
}

/** The reply to someone asking faster than the rate limit allows. */
export function limitedReply(retryAfterSeconds: number): Reply {
  return noticeReply(limitedText(retryAfterSeconds), RESULT_LABELS.limited, 'limited');
}

/** The apology when handling a request failed on our side. */
export function errorReply(): Reply {
  return noticeReply(APOLOGY, RESULT_LABELS.error, 'error');
}
