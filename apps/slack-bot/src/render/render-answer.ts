import { answerSections, type AnswerResult, type Citation, type TopicRef } from '@cobridge/policy-knowledge';
import { ACTION_IDS, ASK_TOPIC_PREFIX, FEEDBACK_BLOCK_ID } from '../action-ids.js';
import { actions, button, context, header, plainContext, section, type Block, type ButtonElement, type SlackMessage } from './block-kit.js';
import { CITATION_PREVIEW_CHARS, FALLBACK_TEXT_CHARS, MAX_BLOCKS, MAX_CONTEXT_ELEMENTS, MAX_SECTION_TEXT, MAX_TOPIC_BUTTONS } from './limits.js';
import { escapeMrkdwn, packParagraphs, toMrkdwnParagraphs, truncate } from './mrkdwn.js';

/** How an answer is shown: with feedback (when logged), a share button (ephemeral), the asker's own words. */
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
}

/** Buttons that ask about each topic; their value is the topic id. */
export function topicButtons(topics: TopicRef[]): ButtonElement[] {
  return topics.slice(0, MAX_TOPIC_BUTTONS).map((t, i) => button(t.title, `${ASK_TOPIC_PREFIX}${String(i)}`, t.id));
}

/** The lead-in blocks every result shares: the echoed question and the note about a cut question. */
export function preamble(options: RenderOptions): Block[] {
  const blocks: Block[] = [];
  if (options.sharedBy !== undefined && /^[UW][A-Z0-9]+$/.test(options.sharedBy)) {
    blocks.push(context([`Shared by <@${options.sharedBy}>`]));
  }
  if (options.question !== undefined) blocks.push(plainContext(`You asked: ${options.question}`));
  if (options.truncated === true) {
    blocks.push(context(['_Your question was very long, so I only read the beginning of it._']));
  }
  return blocks;
}

/** Plain fallback text for notifications: escaped and short. */
export function fallbackText(text: string): string {
  return escapeMrkdwn(truncate(text.replace(/\s+/g, ' ').trim(), FALLBACK_TEXT_CHARS));
}

/** One cited clause as mrkdwn: section, clause id and the quote (cut to a preview). */
export function citationLine(citation: Citation): string {
  const quote = escapeMrkdwn(truncate(citation.quote, CITATION_PREVIEW_CHARS));
  return `*§${escapeMrkdwn(citation.section)} · clause ${escapeMrkdwn(citation.clause)}*  “${quote}”`;
}

/** A faithful answer: title, body, cited clauses, related topics, share/source and feedback buttons. */
export function renderAnswer(result: AnswerResult, options: RenderOptions = {}): SlackMessage {
  const body = answerSections(result).flatMap((part) => {
    const paragraphs = toMrkdwnParagraphs(part.body);
    const lead = [part.heading ? `*${escapeMrkdwn(part.heading)}*` : '', part.verdict ? `*${escapeMrkdwn(part.verdict)}*` : ''].filter(Boolean).join('\n');
    if (lead) paragraphs[0] = paragraphs.length > 0 ? `${lead} ${paragraphs[0]}` : lead;
    return packParagraphs(paragraphs, MAX_SECTION_TEXT).map((chunk) => section(chunk));
  });
  const citations = result.citations.slice(0, MAX_CONTEXT_ELEMENTS);
  const tools: ButtonElement[] = [];
  if (options.shareable === true) tools.push(button('Share in channel', ACTION_IDS.share, result.topic.id, 'primary'));
  if (result.citations.some((c) => c.quote.length > CITATION_PREVIEW_CHARS) || citations.length < result.citations.length) {
    tools.push(button('Show source', ACTION_IDS.showSource, result.topic.id));
  }

  const tail: Block[] = [];
  if (citations.length > 0) tail.push(context(citations.map(citationLine), 'citations'));
  if (result.related.length > 0) {
    tail.push(context(['*Related topics*']), actions('related', topicButtons(result.related)));
  }
  if (options.offer !== undefined) tail.push(actions('offer', [options.offer]));
  if (tools.length > 0) tail.push(actions('tools', tools));
  if (typeof options.recordId === 'number') {
    const id = String(options.recordId);
    tail.push(
      actions(FEEDBACK_BLOCK_ID, [button('👍 Helpful', ACTION_IDS.feedbackUp, id), button('👎 Not helpful', ACTION_IDS.feedbackDown, id)]),
    );
  }

  tail.push(context([`Knowledge version ${escapeMrkdwn(result.knowledgeVersion)}`]));

  const head = [...preamble(options), header(result.topic.title)];
  const room = MAX_BLOCKS - head.length - tail.length;
  const shown = body.length > room ? [...body.slice(0, room - 1), section('_…the rest is cut to fit Slack; ask a narrower question._')] : body;
  return { text: fallbackText(`${result.topic.title}: ${result.text}`), blocks: [...head, ...shown, ...tail] };
}
