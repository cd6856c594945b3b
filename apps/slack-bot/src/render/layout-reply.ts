import { interfaceStrings, type Reply } from '@cobridge/reply';
import { ACTION_IDS, FEEDBACK_BLOCK_ID } from '../action-ids.js';
import { actions, button, context, header, section, type Block, type ButtonElement, type SlackMessage } from './block-kit.js';
import { CITATION_PREVIEW_CHARS, MAX_BLOCKS, MAX_CONTEXT_ELEMENTS, MAX_SECTION_TEXT } from './limits.js';
import { fieldBlocks, pickerBlocks, textMrkdwn } from './layout-tool-blocks.js';
import { escapeMrkdwn, packParagraphs } from './mrkdwn.js';
import { citationLine, fallbackText, preamble, topicButtons, type RenderOptions } from './slack-parts.js';

const ICONS: Partial<Record<Reply['tone'], string>> = { refuse: ':no_entry:', limited: ':hourglass_flowing_sand:', error: ':warning:' };

interface Laid {
  body: Block[];
  tail: Block[];
}

/**
 * One pass over the blocks, in order: text goes to sections (a heading or verdict leads the text after it; each
 * heading starts a new section), named items to a section each with their clauses, the rest to the tail.
 */
function layBlocks(reply: Reply): Laid {
  const laid: Laid = { body: [], tail: [] };
  let icon = ICONS[reply.tone];
  let paragraphs: string[] = [];
  let lead: string[] = [];
  const add = (mrkdwn: string, separator = ' ') => {
    const text = lead.length > 0 ? `${lead.join('\n')}${separator}${mrkdwn}` : mrkdwn;
    paragraphs.push(icon === undefined ? text : `${icon} ${text}`);
    icon = undefined;
    lead = [];
  };
  const flush = () => {
    if (lead.length > 0) add('');
    laid.body.push(...packParagraphs(paragraphs, MAX_SECTION_TEXT).map((chunk) => section(chunk)));
    paragraphs = [];
  };
  const citations = reply.blocks.flatMap((b) => (b.type === 'citation' ? [b] : []));
  for (const block of reply.blocks) {
    switch (block.type) {
      case 'heading':
        flush();
        lead.push(`*${escapeMrkdwn(block.text)}*`);
        break;
      case 'verdict':
        lead.push(`*${escapeMrkdwn(block.text)}*`);
        break;
      case 'paragraph':
      case 'list':
        add(textMrkdwn(block), block.type === 'list' ? '\n' : ' ');
        break;
      case 'fields':
        flush();
        laid.body.push(...fieldBlocks(block.items));
        break;
      case 'citation':
        // All citations go in one context block (at most Slack's element limit), where the first one stood.
        if (block === citations[0]) {
          const shown = citations.slice(0, MAX_CONTEXT_ELEMENTS).map((c) => citationLine(c.citation, c.document));
          laid.tail.push(context(shown, 'citations'));
        }
        break;
      case 'actions':
        if (block.topics.length === 0) break;
        if (block.purpose !== 'candidates') laid.tail.push(context([`*${escapeMrkdwn(block.label)}*`]));
        laid.tail.push(actions(block.purpose, topicButtons(block.topics)));
        break;
      case 'suggestions':
        laid.tail.push(context([`*${escapeMrkdwn(block.label)}*\n${block.questions.map((q) => `• ${escapeMrkdwn(q)}`).join('\n')}`]));
        break;
      case 'picker':
        laid.tail.push(...pickerBlocks(block, reply.lang));
        break;
      default:
        return block satisfies never;
    }
  }
  flush();
  return laid;
}

/** The offer, share/source and feedback buttons and the knowledge version under an answer, in the interface language. */
function controls(reply: Reply, options: RenderOptions): Block[] {
  const strings = interfaceStrings(options.lang ?? reply.lang);
  const tail: Block[] = [];
  if (options.offer !== undefined) tail.push(actions('offer', [options.offer]));
  const citations = reply.blocks.flatMap((b) => (b.type === 'citation' ? [b.citation] : []));
  const tools: ButtonElement[] = [];
  if (reply.topicId !== undefined) {
    if (options.shareable === true) tools.push(button(strings.shareInChannel, ACTION_IDS.share, reply.topicId, 'primary'));
    if (citations.some((c) => c.quote.length > CITATION_PREVIEW_CHARS) || citations.length > MAX_CONTEXT_ELEMENTS) {
      tools.push(button(strings.showSource, ACTION_IDS.showSource, reply.topicId));
    }
  }
  if (tools.length > 0) tail.push(actions('tools', tools));
  if (reply.tone === 'answer' && typeof options.recordId === 'number') {
    const id = String(options.recordId);
    const up = button(`👍 ${strings.labels.helpful}`, ACTION_IDS.feedbackUp, id);
    tail.push(actions(FEEDBACK_BLOCK_ID, [up, button(`👎 ${strings.labels.notHelpful}`, ACTION_IDS.feedbackDown, id)]));
  }
  if (reply.tone === 'answer' && reply.knowledgeVersion !== undefined)
    tail.push(context([escapeMrkdwn(strings.help.knowledgeVersion(reply.knowledgeVersion))]));
  return tail;
}

/** Lays out a reply as Block Kit: only answers get a header; the body is cut to fit Slack's block limit, saying so. */
export function layoutReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const head = [...preamble(options), ...(reply.tone === 'answer' ? [header(reply.title)] : [])];
  const laid = layBlocks(reply);
  const body = laid.body;
  const tail = [...laid.tail, ...controls(reply, options)];
  const room = MAX_BLOCKS - head.length - tail.length;
  const shown =
    body.length > room ? [...body.slice(0, room - 1), section('_…the rest is cut to fit Slack; ask a narrower question._')] : body;
  return { text: fallbackText(reply.summary), blocks: [...head, ...shown, ...tail] };
}
