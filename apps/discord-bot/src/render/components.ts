import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APISelectMenuOption,
} from 'discord.js';
import type { Audience, Lang, TopicRef } from '@cobridge/policy-knowledge';
import { resultLabels } from '@cobridge/reply';
import { pickMenuId, topicButtonId, voteButtonId } from '../custom-ids.js';
import { BUTTON_LABEL_MAX, BUTTONS_PER_ROW, ROWS_PER_MESSAGE, SELECT_OPTIONS_MAX, SELECT_OPTION_TEXT_MAX } from './limits.js';
import { truncate } from './markdown.js';

/** One action row of a message. */
export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A button with a custom id; the label is cut to Discord's limit. */
export function button(customId: string, label: string, style: ButtonStyle, emoji?: string): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    custom_id: customId,
    label: truncate(label, BUTTON_LABEL_MAX),
    style: style as APIButtonComponentWithCustomId['style'],
    ...(emoji ? { emoji: { name: emoji } } : {}),
  };
}

/** Rows of topic buttons (5 per row, at most `maxRows` rows); each click shows that topic's answer. */
export function topicButtonRows(topics: TopicRef[], audience: Audience, maxRows = 1): ActionRow[] {
  const unique = [...new Map(topics.map((topic) => [topic.id, topic])).values()].slice(0, BUTTONS_PER_ROW * maxRows);
  return buttonRows(unique.map((topic) => button(topicButtonId(topic.id, audience), topic.title, ButtonStyle.Secondary)));
}

/** The 👍/👎 row for a logged question, labelled in the interface language. */
export function voteRow(recordId: number, lang: Lang = 'en'): ActionRow {
  const labels = resultLabels(lang);
  return {
    type: ComponentType.ActionRow,
    components: [
      button(voteButtonId('up', recordId), labels.helpful, ButtonStyle.Success, '👍'),
      button(voteButtonId('down', recordId), labels.notHelpful, ButtonStyle.Danger, '👎'),
    ],
  };
}

/** One select-menu option; label and description are cut to Discord's limit. */
export interface MenuOption {
  label: string;
  value: string;
  description?: string;
}

/** A row holding one string select menu (at most 25 options); `maxValues` above 1 makes it a multi-select. */
export function selectRow(customId: string, placeholder: string, options: MenuOption[], maxValues = 1): ActionRow {
  const shown: APISelectMenuOption[] = options.slice(0, SELECT_OPTIONS_MAX).map((option) => ({
    label: truncate(option.label, SELECT_OPTION_TEXT_MAX),
    value: option.value,
    ...(option.description ? { description: truncate(option.description, SELECT_OPTION_TEXT_MAX) } : {}),
  }));
  const multi = maxValues > 1 ? { min_values: 1, max_values: Math.min(maxValues, shown.length) } : {};
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.StringSelect, custom_id: customId, placeholder: truncate(placeholder, 150), options: shown, ...multi },
    ],
  };
}

/** Buttons laid out 5 to a row. */
export function buttonRows(buttons: APIButtonComponentWithCustomId[]): ActionRow[] {
  const rows: ActionRow[] = [];
  for (let start = 0; start < buttons.length; start += BUTTONS_PER_ROW) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(start, start + BUTTONS_PER_ROW) });
  }
  return rows;
}

/** A select menu over topics (value = topic id) that expands the chosen one. */
export function topicMenuRow(
  topics: { id: string; title: string; description?: string }[],
  audience: Audience,
  placeholder: string,
): ActionRow {
  const options = topics.map((topic) => ({
    label: topic.title,
    value: topic.id,
    ...(topic.description ? { description: topic.description } : {}),
  }));
  return selectRow(pickMenuId(audience), placeholder, options);
}

/** Keeps at most 5 rows. */
export function limitRows(rows: ActionRow[]): ActionRow[] {
  return rows.slice(0, ROWS_PER_MESSAGE);
}
