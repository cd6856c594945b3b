import type { Audience, Lang } from '@cobridge/policy-knowledge';

/** What a button or select menu asks for, decoded from its custom id. */
export type ComponentAction =
  | { kind: 'topic'; topicId: string; audience: Audience }
  | { kind: 'vote'; vote: 'up' | 'down'; recordId: number }
  | { kind: 'pick'; audience: Audience }
  | { kind: 'check-start' }
  | { kind: 'check'; code: string; choice: number }
  | { kind: 'timeline'; date?: string }
  | { kind: 'needs-menu' }
  | { kind: 'needs'; indexes: number[] }
  | { kind: 'situation-menu' }
  | { kind: 'situation'; situationId: string }
  | { kind: 'term-menu' }
  | { kind: 'term'; termId: string };

const AUDIENCE_CODES: Record<Audience, string> = { enterprise: 'e', teacher: 't' };
const FEATURE_ID = /^[a-z][a-z0-9-]{0,47}$/u;

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

/** Custom id of the button that starts (or restarts) the eligibility check. */
export function checkStartId(): string {
  return 'chk:start';
}

/** Custom id of an eligibility answer: the encoded answers so far (see check-state.ts) and the chosen choice's index. */
export function checkAnswerId(code: string, choice: number): string {
  return `chk:${code}:${choice}`;
}

/** Custom id of a button that shows the leave timeline from a date (without one, it explains /timeline). */
export function timelineButtonId(date?: string): string {
  return date === undefined ? 'tl' : `tl:${date}`;
}

/** Custom id of the needs multi-select of /find-modes (its values are need ids). */
export function needsMenuId(): string {
  return 'fm';
}

/** Custom id of a button that finds modes for needs, given by their index in the knowledge's list of needs. */
export function needsButtonId(indexes: readonly number[]): string {
  return `fm:${indexes.join('.')}`;
}

/** Custom id of the situation select menu of /obligations (its values are situation ids). */
export function situationMenuId(): string {
  return 'ob';
}

/** Custom id of a button that shows the checklist of one situation. */
export function situationButtonId(situationId: string): string {
  return `ob:${situationId}`;
}

/** Custom id of the glossary select menu (its values are term ids). */
export function termMenuId(): string {
  return 'gl';
}

/** Custom id of a button that shows one glossary term. */
export function termButtonId(termId: string): string {
  return `gl:${termId}`;
}

function parseFeatureId(kind: string, first: string | undefined, more: number): ComponentAction | undefined {
  if (more > 0) return undefined;
  if (first === undefined) {
    if (kind === 'fm') return { kind: 'needs-menu' };
    return kind === 'ob' ? { kind: 'situation-menu' } : { kind: 'term-menu' };
  }
  if (kind === 'fm') {
    return /^\d{1,2}(\.\d{1,2}){0,24}$/u.test(first) ? { kind: 'needs', indexes: first.split('.').map(Number) } : undefined;
  }
  if (!FEATURE_ID.test(first)) return undefined;
  return kind === 'ob' ? { kind: 'situation', situationId: first } : { kind: 'term', termId: first };
}

/** Marks the custom id of a component of a Chinese tool reply; English ids stay as they were. */
const ZH_MARK = 'zh/';

/** A feature component's custom id carrying the language of the reply it belongs to, so the next reply keeps it. */
export function withLang(customId: string, lang: Lang): string {
  return lang === 'zh' ? `${ZH_MARK}${customId}` : customId;
}

/**
 * Decodes a custom id, with the language it carries (`lang` only when marked: otherwise the clicker's locale
 * decides); anything unknown or malformed gives undefined.
 */
export function parseCustomId(customId: string): (ComponentAction & { lang?: Lang }) | undefined {
  if (!customId.startsWith(ZH_MARK)) return parseUnmarked(customId);
  const action = parseUnmarked(customId.slice(ZH_MARK.length));
  return action === undefined ? undefined : { ...action, lang: 'zh' };
}

function parseUnmarked(customId: string): ComponentAction | undefined {
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
  if (kind === 'chk') {
    if (first === 'start' && rest.length === 0) return { kind: 'check-start' };
    return first && /^[0-9.]{1,40}$/u.test(first) && /^\d$/u.test(tail) ? { kind: 'check', code: first, choice: Number(tail) } : undefined;
  }
  if (kind === 'tl' && first === undefined) return { kind: 'timeline' };
  if (kind === 'tl' && rest.length === 0 && /^[0-9./-]{6,10}$/u.test(first ?? '')) return { kind: 'timeline', date: first as string };
  if (kind === 'fm' || kind === 'ob' || kind === 'gl') return parseFeatureId(kind, first, rest.length);
  return undefined;
}
