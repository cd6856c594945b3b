import type { Citation, Lang } from '@cobridge/policy-knowledge';
import { textBlocks, type FieldItem, type PickKind, type PickOption, type ReplyBlock } from '@cobridge/reply';
import { CHECK_CHOICE_PREFIX, GLOSSARY_PREFIX, MODES_PREFIX, OBLIGATIONS_PREFIX, TIMELINE_DATE_BLOCK, TOOL_IDS } from '../action-ids.js';
import { withLang } from '../tool-lang.js';
import type { ToolName } from '../tool-request.js';
import { actions, button, context, section, type Block } from './block-kit.js';
import { MAX_CONTEXT_ELEMENTS } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { toolUsage } from './render-tools.js';
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

/** The Slack controls' own words, in the reply's language. */
const CONTROL_WORDS: Record<Lang, { choose: string; dateHint: string; orType: (usage: string) => string }> = {
  en: { choose: 'Choose', dateHint: 'Leave start date', orType: (usage) => `Or type ${usage}.` },
  zh: { choose: '选择', dateHint: '离岗开始日期', orType: (usage) => `或者输入 ${usage}。` },
};

/** A check question's choices: labels can be longer than a button allows, so each is a section with a button beside it. */
function choiceBlocks(options: readonly PickOption[], lang: Lang): Block[] {
  return options.map((option, i) => ({
    type: 'section',
    block_id: `choice-${String(i)}`,
    text: { type: 'mrkdwn', text: escapeMrkdwn(option.label) },
    accessory: button(CONTROL_WORDS[lang].choose, `${CHECK_CHOICE_PREFIX}${String(i)}`, option.id),
  }));
}

/**
 * A picker as its question, a date picker or one button per option, and how to type the choice instead, in the
 * reply's language `lang`; the buttons and the date picker carry it, so the next reply keeps it.
 */
export function pickerBlocks(block: Extract<ReplyBlock, { type: 'picker' }>, lang: Lang): Block[] {
  const words = CONTROL_WORDS[lang];
  const question = section(`*${escapeMrkdwn(block.label)}*`);
  if (block.pick === 'answer') return [question, ...choiceBlocks(block.options, lang)];
  const hint = context([words.orType(`\`${escapeMrkdwn(toolUsage(PICKER_TOOL[block.pick], lang))}\``)]);
  if (block.pick === 'date') {
    const picker = {
      type: 'datepicker' as const,
      action_id: TOOL_IDS.timelineDate,
      placeholder: { type: 'plain_text' as const, text: words.dateHint },
    };
    return [question, { type: 'actions', block_id: withLang(TIMELINE_DATE_BLOCK, lang), elements: [picker] }, hint];
  }
  const prefix = PICKER_PREFIX[block.pick];
  const buttons = block.options.map((option, i) => button(option.label, `${prefix}${String(i)}`, withLang(option.id, lang)));
  return [question, actions(`pick-${block.pick}`, buttons), hint];
}
