import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APISelectMenuOption,
} from 'discord.js';
import type { Audience, TopicRef } from '@cobridge/policy-knowledge';
import { pickMenuId, topicButtonId, voteButtonId } from '../custom-ids.js';
import { BUTTON_LABEL_MAX, BUTTONS_PER_ROW, ROWS_PER_MESSAGE, SELECT_OPTIONS_MAX, SELECT_OPTION_TEXT_MAX } from './limits.js';
import { truncate } from './markdown.js';

/** One action row of a message. */
export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

function button(customId: string, label: string, style: ButtonStyle, emoji?: string): APIButtonComponentWithCustomId {
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
  const rows: ActionRow[] = [];
  for (let start = 0; start < unique.length; start += BUTTONS_PER_ROW) {
    const buttons = unique
      .slice(start, start + BUTTONS_PER_ROW)
      .map((topic) => button(topicButtonId(topic.id, audience), topic.title, ButtonStyle.Secondary));
    rows.push({ type: ComponentType.ActionRow, components: buttons });
  }
  return rows;
}

/** The 👍/👎 row for a logged question. */
export function voteRow(recordId: number): ActionRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      button(voteButtonId('up', recordId), 'Helpful', ButtonStyle.Success, '👍'),
      button(voteButtonId('down', recordId), 'Not helpful', ButtonStyle.Danger, '👎'),
    ],
  };
}

/** A select menu over topics (value = topic id) that expands the chosen one. */
export function topicMenuRow(
  topics: { id: string; title: string; description?: string }[],
  audience: Audience,
  placeholder: string,
): ActionRow {
  const options: APISelectMenuOption[] = topics.slice(0, SELECT_OPTIONS_MAX).map((topic) => ({
    label: truncate(topic.title, SELECT_OPTION_TEXT_MAX),
    value: topic.id,
    ...(topic.description ? { description: truncate(topic.description, SELECT_OPTION_TEXT_MAX) } : {}),
  }));
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.StringSelect, custom_id: pickMenuId(audience), placeholder: truncate(placeholder, 150), options },
    ],
  };
}

/** Keeps at most 5 rows. */
export function limitRows(rows: ActionRow[]): ActionRow[] {
  return rows.slice(0, ROWS_PER_MESSAGE);
}
