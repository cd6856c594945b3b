import type { Citation } from '@cobridge/policy-knowledge';
import { textBlocks, type FieldItem, type PickKind, type PickOption, type ReplyBlock } from '@cobridge/reply';
import { CHECK_CHOICE_PREFIX, GLOSSARY_PREFIX, MODES_PREFIX, OBLIGATIONS_PREFIX, TOOL_IDS } from '../action-ids.js';
import type { ToolName } from '../tool-request.js';
import { actions, button, context, section, type Block } from './block-kit.js';
import { MAX_CONTEXT_ELEMENTS } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { TOOL_GUIDE } from './render-tools.js';
import { citationLine } from './slack-parts.js';

/** A paragraph or list block as escaped mrkdwn (bullets as "•"). */
export function textMrkdwn(block: Extract<ReplyBlock, { type: 'paragraph' | 'list' }>): string {
  if (block.type === 'paragraph') return block.text.split('\n').map(escapeMrkdwn).join('\n');
  const intro = block.intro === undefined ? [] : [escapeMrkdwn(block.intro)];
  return [...intro, ...block.items.map((item) => `• ${escapeMrkdwn(item)}`)].join('\n');
}

/** The clauses an item rests on as context blocks (quotes cut to a preview), each clause once. */
function clauseBlocks(citations: readonly Citation[]): Block[] {
  const unique = citations.filter((c, i) => citations.findIndex((o) => o.clause === c.clause) === i);
  const blocks: Block[] = [];
  for (let start = 0; start < unique.length; start += MAX_CONTEXT_ELEMENTS) {
    blocks.push(context(unique.slice(start, start + MAX_CONTEXT_ELEMENTS).map((citation) => citationLine(citation))));
  }
  return blocks;
}

/** Each named item as a section (its name in bold over its text), followed by its clauses. */
export function fieldBlocks(items: readonly FieldItem[]): Block[] {
  return items.flatMap((item) => {
    const text = textBlocks(item.text).map(textMrkdwn).join('\n');
    return [section(`*${escapeMrkdwn(item.name)}*\n${text}`), ...clauseBlocks(item.citations)];
  });
}

const PICKER_TOOL: Record<Exclude<PickKind, 'answer'>, ToolName> = {
  date: 'timeline',
  need: 'modes',
  situation: 'obligations',
  term: 'glossary',
};
const PICKER_PREFIX: Record<Exclude<PickKind, 'date' | 'answer'>, string> = {
  need: MODES_PREFIX,
  situation: OBLIGATIONS_PREFIX,
  term: GLOSSARY_PREFIX,
};

/** A check question's choices: labels can be longer than a button allows, so each is a section with a button beside it. */
function choiceBlocks(options: readonly PickOption[]): Block[] {
  return options.map((option, i) => ({
    type: 'section',
    block_id: `choice-${String(i)}`,
    text: { type: 'mrkdwn', text: escapeMrkdwn(option.label) },
    accessory: button('Choose', `${CHECK_CHOICE_PREFIX}${String(i)}`, option.id),
  }));
}

/** A picker as its question, a date picker or one button per option, and how to type the choice instead. */
export function pickerBlocks(block: Extract<ReplyBlock, { type: 'picker' }>): Block[] {
  const question = section(`*${escapeMrkdwn(block.label)}*`);
  if (block.pick === 'answer') return [question, ...choiceBlocks(block.options)];
  const hint = context([`Or type \`${escapeMrkdwn(TOOL_GUIDE[PICKER_TOOL[block.pick]].usage)}\`.`]);
  if (block.pick === 'date') {
    const picker = {
      type: 'datepicker' as const,
      action_id: TOOL_IDS.timelineDate,
      placeholder: { type: 'plain_text' as const, text: 'Leave start date' },
    };
    return [question, { type: 'actions', block_id: 'timeline-date', elements: [picker] }, hint];
  }
  const prefix = PICKER_PREFIX[block.pick];
  const buttons = block.options.map((option, i) => button(option.label, `${prefix}${String(i)}`, option.id));
  return [question, actions(`pick-${block.pick}`, buttons), hint];
}
