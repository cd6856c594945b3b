import { interfaceStrings, type Reply, type ReplyBlock } from '@cobridge/reply';
import { ACTION_IDS, FEEDBACK_BLOCK_ID } from '../action-ids.js';
import { actions, button, context, header, section, type Block, type ButtonElement, type SlackMessage } from './block-kit.js';
import { CITATION_PREVIEW_CHARS, MAX_BLOCKS, MAX_CONTEXT_ELEMENTS, MAX_SECTION_TEXT } from './limits.js';
import { escapeMrkdwn, packParagraphs } from './mrkdwn.js';
import { citationLine, fallbackText, preamble, topicButtons, type RenderOptions } from './slack-parts.js';

const ICONS: Partial<Record<Reply['tone'], string>> = { refuse: ':no_entry:', limited: ':hourglass_flowing_sand:', error: ':warning:' };

interface Laid {
  groups: string[][];
  tail: Block[];
}

/** One pass over the blocks: text goes to sections (a heading or verdict leads the paragraph after it; each heading
 * starts a new section), the rest to the tail. */
function layBlocks(reply: Reply): Laid {
  const laid: Laid = { groups: [[]], tail: [] };
  let lead: string[] = [];
  const add = (mrkdwn: string) => {
    laid.groups[laid.groups.length - 1]?.push(lead.length > 0 ? `${lead.join('\n')} ${mrkdwn}` : mrkdwn);
    lead = [];
  };
  const citations = reply.blocks.flatMap((b) => (b.type === 'citation' ? [b] : []));
  for (const block of reply.blocks) {
    switch (block.type) {
      case 'heading':
        laid.groups.push([]);
        lead.push(`*${escapeMrkdwn(block.text)}*`);
        break;
      case 'verdict':
        lead.push(`*${escapeMrkdwn(block.text)}*`);
        break;
      case 'paragraph':
      case 'list':
        add(textMrkdwn(block));
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
      default:
        return block satisfies never;
    }
  }
  if (lead.length > 0) add('');
  const icon = ICONS[reply.tone];
  const first = laid.groups.find((group) => group.length > 0);
  if (icon !== undefined && first !== undefined) first[0] = `${icon} ${first[0] ?? ''}`;
  return laid;
}

function textMrkdwn(block: Extract<ReplyBlock, { type: 'paragraph' | 'list' }>): string {
  if (block.type === 'paragraph') return block.text.split('\n').map(escapeMrkdwn).join('\n');
  return [...(block.intro === undefined ? [] : [escapeMrkdwn(block.intro)]), ...block.items.map((item) => `• ${escapeMrkdwn(item)}`)].join(
    '\n',
  );
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
  const body = laid.groups.flatMap((group) => packParagraphs(group, MAX_SECTION_TEXT).map((chunk) => section(chunk)));
  const tail = [...laid.tail, ...controls(reply, options)];
  const room = MAX_BLOCKS - head.length - tail.length;
  const shown =
    body.length > room ? [...body.slice(0, room - 1), section('_…the rest is cut to fit Slack; ask a narrower question._')] : body;
  return { text: fallbackText(reply.summary), blocks: [...head, ...shown, ...tail] };
}
