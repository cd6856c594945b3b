import type { Lang } from '@cobridge/policy-knowledge';
import { interfaceStrings } from './interface-strings.js';
import type { Reply, Tone } from './reply.js';

/** A one-paragraph notice (apologies, confirmations, rate limits, how to use a tool). */
export function noticeReply(text: string, title = '', tone: Tone = 'notice', lang: Lang = 'en'): Reply {
  return { tone, title, blocks: [{ type: 'paragraph', text }], summary: text, lang, rateable: false };
}

/** The reply to someone asking faster than the rate limit allows, in their interface language. */
export function limitedReply(retryAfterSeconds: number, lang: Lang = 'en'): Reply {
  const strings = interfaceStrings(lang);
  return noticeReply(strings.limited(retryAfterSeconds), strings.labels.limited, 'limited', lang);
}

/** The apology when handling a request failed on our side, in the person's interface language. */
export function errorReply(lang: Lang = 'en'): Reply {
  const strings = interfaceStrings(lang);
  return noticeReply(strings.apology, strings.labels.error, 'error', lang);
}
