import type { APIEmbedField } from 'discord.js';
import type { Lang } from '@cobridge/policy-knowledge';
import { textBlocks, type FieldItem, type PickKind, type PickOption, type ReplyBlock } from '@cobridge/reply';
import { needsMenuId, situationMenuId, termMenuId, withLang } from '../custom-ids.js';
import { clauseLine } from './clauses.js';
import { selectRow, type ActionRow } from './components.js';
import { escapeDiscord } from './markdown.js';

/** How to give the leave start date on Discord, shown under the question that asks for it, in each language. */
export const TIMELINE_HOW: Record<Lang, string> = {
  en: 'Give it with `/timeline start:` and a date like 2025-09-01.',
  zh: '请用 `/timeline start:` 加上日期给出，例如 2025-09-01。',
};

/** A paragraph or list block as escaped Discord markdown (bullets as Discord list items). */
export function textMarkdown(block: Extract<ReplyBlock, { type: 'paragraph' | 'list' }>): string {
  if (block.type === 'paragraph') return block.text.split('\n').map(escapeDiscord).join('\n');
  return [
    ...(block.intro === undefined ? [] : [escapeDiscord(block.intro)]),
    ...block.items.map((item) => `- ${escapeDiscord(item)}`),
  ].join('\n');
}

/** Each named item as an embed field: its text, then a small line naming the clauses it rests on, in `lang`. */
export function itemFields(items: readonly FieldItem[], lang: Lang): APIEmbedField[] {
  return items.map((item) => ({
    name: escapeDiscord(item.name),
    value: `${textBlocks(item.text).map(textMarkdown).join('\n')}${clauseLine(item.citations, lang)}`,
  }));
}

const MENU_IDS: Record<Exclude<PickKind, 'date' | 'answer'>, string> = {
  need: needsMenuId(),
  situation: situationMenuId(),
  term: termMenuId(),
};

/** What a picker says in the description, in `lang`: a date or a check question is asked in words (the choices numbered). */
export function pickerText(pick: PickKind, label: string, options: readonly PickOption[], lang: Lang): string | undefined {
  if (pick === 'date') return `**${escapeDiscord(label)}** ${TIMELINE_HOW[lang]}`;
  if (pick !== 'answer') return undefined;
  return [`**${escapeDiscord(label)}**`, ...options.map((option, i) => `${String(i + 1)}. ${escapeDiscord(option.label)}`)].join('\n');
}

/**
 * The select menu of a picker (needs may be picked several at once), its custom id carrying the reply's `lang`; a
 * date is typed, a check answer is a button.
 */
export function pickerRow(pick: PickKind, label: string, options: readonly PickOption[], lang: Lang): ActionRow | undefined {
  if (pick === 'date' || pick === 'answer' || options.length === 0) return undefined;
  const choices = options.map((option) => ({
    label: option.label,
    value: option.id,
    ...(option.detail === undefined ? {} : { description: option.detail }),
  }));
  return selectRow(withLang(MENU_IDS[pick], lang), label, choices, pick === 'need' ? choices.length : 1);
}
