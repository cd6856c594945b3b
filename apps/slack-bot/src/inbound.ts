import { sanitizeQuestion } from '@cobridge/advisor-runtime';

/** A question ready for the advisor, and whether it had to be cut. */
export interface InboundQuestion {
  text: string;
  truncated: boolean;
}

// Slack's angle-bracket syntax: <@U1>, <@U1|name>, <!here>, <!subteam^S1|@team>, <#C1|name>, <https://x|label>.
const SLACK_TOKEN = /<([^<>]*)>/g;
const SPECIAL_MENTIONS: Record<string, string> = { here: '@here', channel: '@channel', everyone: '@everyone' };

function label(inner: string): string | undefined {
  const bar = inner.indexOf('|');
  return bar === -1 ? undefined : inner.slice(bar + 1);
}

function replaceToken(inner: string, botUserId: string | undefined): string {
  const named = label(inner);
  const target = named === undefined ? inner : inner.slice(0, inner.indexOf('|'));
  if (target.startsWith('@')) {
    if (botUserId !== undefined && target === `@${botUserId}`) return ' ';
    return named === undefined ? '@someone' : `@${named.replace(/^@/, '')}`;
  }
  if (target.startsWith('#')) return named === undefined ? '#channel' : `#${named}`;
  if (target.startsWith('!')) {
    const keyword = target.slice(1).split('^')[0] ?? '';
    return SPECIAL_MENTIONS[keyword] ?? named ?? '';
  }
  return named ?? target;
}

/** Turns Slack message text into a plain question: drops the bot's own mention, unwraps mentions and links. */
export function toQuestion(slackText: string, botUserId?: string): InboundQuestion {
  // Bound the work before any regex runs: sanitizeQuestion reads at most a few kB anyway.
  const head = slackText.length > 16_384 ? slackText.slice(0, 16_384) : slackText;
  const plain = head
    .replace(SLACK_TOKEN, (_match, inner: string) => replaceToken(inner, botUserId))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const sanitized = sanitizeQuestion(plain);
  return { text: sanitized.text, truncated: sanitized.truncated || head.length < slackText.length };
}
