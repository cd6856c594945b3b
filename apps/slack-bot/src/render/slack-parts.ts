import type { Citation, Lang } from '@cobridge/policy-knowledge';
import { interfaceStrings, type TopicChoice } from '@cobridge/reply';
import { ASK_TOPIC_PREFIX } from '../action-ids.js';
import { button, context, plainContext, type Block, type ButtonElement } from './block-kit.js';
import { CITATION_PREVIEW_CHARS, FALLBACK_TEXT_CHARS, MAX_TOPIC_BUTTONS } from './limits.js';
import { escapeMrkdwn, truncate } from './mrkdwn.js';

/** How a result is shown: with feedback (when logged), a share button (ephemeral), the asker's own words. */
export interface RenderOptions {
  recordId?: number | null;
  shareable?: boolean;
  /** The question was cut because it was too long. */
  truncated?: boolean;
  /** Echo the question (for ephemeral slash answers, where Slack shows no question). */
  question?: string;
  /** Slack user id of whoever shared the answer into the channel. */
  sharedBy?: string;
  /** A button offering the tool the question reads like (eligibility check, timeline, …). */
  offer?: ButtonElement;
  /** The asker's interface language (buttons, notes); the reply's own language when not given. */
  lang?: Lang;
}

/** Buttons that ask about each topic; their value is the topic id. */
export function topicButtons(topics: readonly TopicChoice[]): ButtonElement[] {
  return topics.slice(0, MAX_TOPIC_BUTTONS).map((t, i) => button(t.title, `${ASK_TOPIC_PREFIX}${String(i)}`, t.id));
}

/** The lead-in blocks every result shares: who shared it, the echoed question and the note about a cut question. */
export function preamble(options: RenderOptions): Block[] {
  const blocks: Block[] = [];
  if (options.sharedBy !== undefined && /^[UW][A-Z0-9]+$/.test(options.sharedBy)) {
    blocks.push(context([`Shared by <@${options.sharedBy}>`]));
  }
  if (options.question !== undefined) blocks.push(plainContext(`${interfaceStrings(options.lang ?? 'en').youAsked} ${options.question}`));
  if (options.truncated === true) {
    blocks.push(context(['_Your question was very long, so I only read the beginning of it._']));
  }
  return blocks;
}

/** Plain fallback text for notifications: escaped and short. */
export function fallbackText(text: string): string {
  return escapeMrkdwn(truncate(text.replace(/\s+/g, ' ').trim(), FALLBACK_TEXT_CHARS));
}

/** One cited clause as mrkdwn: its document when given, its label (or section and clause id) and the quote (cut to a preview). */
export function citationLine(citation: Citation, document?: string): string {
  const quote = escapeMrkdwn(truncate(citation.quote, CITATION_PREVIEW_CHARS));
  const from = document === undefined ? '' : `${escapeMrkdwn(document)} · `;
  const where = citation.label ?? `§${citation.section} · clause ${citation.clause}`;
  return `*${from}${escapeMrkdwn(where)}*  “${quote}”`;
}
