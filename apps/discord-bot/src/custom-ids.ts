import type { Audience } from '@cobridge/policy-knowledge';

/** What a button or select menu asks for, decoded from its custom id. */
export type ComponentAction =
  | { kind: 'topic'; topicId: string; audience: Audience }
  | { kind: 'vote'; vote: 'up' | 'down'; recordId: number }
  | { kind: 'pick'; audience: Audience };

const AUDIENCE_CODES: Record<Audience, string> = { enterprise: 'e', teacher: 't' };

function audienceOf(code: string | undefined): Audience | undefined {
  if (code === 'e') return 'enterprise';
  if (code === 't') return 'teacher';
  return undefined;
}

/** Custom id of a button that shows a topic's answer. */
export function topicButtonId(topicId: string, audience: Audience): string {
  return `topic:${AUDIENCE_CODES[audience]}:${topicId}`;
}

/** Custom id of a 👍/👎 button for a logged question. */
export function voteButtonId(vote: 'up' | 'down', recordId: number): string {
  return `vote:${vote}:${recordId}`;
}

/** Custom id of a select menu whose values are topic ids. */
export function pickMenuId(audience: Audience): string {
  return `pick:${AUDIENCE_CODES[audience]}`;
}

/** Decodes a custom id; anything unknown or malformed gives undefined. */
export function parseCustomId(customId: string): ComponentAction | undefined {
  const [kind, first, ...rest] = customId.split(':');
  const tail = rest.join(':');
  if (kind === 'topic') {
    const audience = audienceOf(first);
    return audience && /^[a-z0-9.-]+$/u.test(tail) ? { kind, topicId: tail, audience } : undefined;
  }
  if (kind === 'vote' && (first === 'up' || first === 'down') && /^\d{1,15}$/u.test(tail)) {
    return { kind, vote: first, recordId: Number(tail) };
  }
  if (kind === 'pick' && rest.length === 0) {
    const audience = audienceOf(first);
    return audience ? { kind, audience } : undefined;
  }
  return undefined;
}
