import type { APIEmbedField } from 'discord.js';
import { textBlocks, type FieldItem, type PickKind, type PickOption, type ReplyBlock } from '@cobridge/reply';
import { needsMenuId, situationMenuId, termMenuId } from '../custom-ids.js';
import { clauseLine } from './clauses.js';
import { selectRow, type ActionRow } from './components.js';
import { escapeDiscord } from './markdown.js';

/** How to give the leave start date on Discord, shown under the question that asks for it. */
export const TIMELINE_HOW = 'Give it with `/timeline start:` and a date like 2025-09-01.';

/** A paragraph or list block as escaped Discord markdown (bullets as Discord list items). */
export function textMarkdown(block: Extract<ReplyBlock, { type: 'paragraph' | 'list' }>): string {
  if (block.type === 'paragraph') return block.text.split('\n').map(escapeDiscord).join('\n');
  return [
    ...(block.intro === undefined ? [] : [escapeDiscord(block.intro)]),
    ...block.items.map((item) => `- ${escapeDiscord(item)}`),
  ].join('\n');
}

/** Each named item as an embed field: its text, then a small line naming the clauses it rests on. */
export function itemFields(items: readonly FieldItem[]): APIEmbedField[] {
  return items.map((item) => ({
    name: escapeDiscord(item.name),
    value: `${textBlocks(item.text).map(textMarkdown).join('\n')}${clauseLine(item.citations)}`,
  }));
}

const MENU_IDS: Record<Exclude<PickKind, 'date'>, string> = { need: needsMenuId(), situation: situationMenuId(), term: termMenuId() };

/** What a picker says in the description: a date is asked for in words, with how to give it here. */
export function pickerText(pick: PickKind, label: string): string | undefined {
  return pick === 'date' ? `**${escapeDiscord(label)}** ${TIMELINE_HOW}` : undefined;
}

/** The select menu of a picker (needs may be picked several at once); a date has none, it is typed. */
export function pickerRow(pick: PickKind, label: string, options: readonly PickOption[]): ActionRow | undefined {
  if (pick === 'date' || options.length === 0) return undefined;
  const choices = options.map((option) => ({
    label: option.label,
    value: option.id,
    ...(option.detail === undefined ? {} : { description: option.detail }),
  }));
  return selectRow(MENU_IDS[pick], label, choices, pick === 'need' ? choices.length : 1);
}
