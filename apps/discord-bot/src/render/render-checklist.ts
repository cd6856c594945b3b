import type { ObligationsChecklist } from '@cobridge/policy-knowledge';
import { OBLIGATIONS_WORDING, PARTY_LABELS } from '@cobridge/reply';
import { situationMenuId } from '../custom-ids.js';
import { limitRows, selectRow, topicButtonRows, type ActionRow } from './components.js';
import { clauseLine } from './clauses.js';
import { fitEmbed } from './fit-embed.js';
import { escapeDiscord, toDiscordMarkdown } from './markdown.js';
import { COLORS, type RenderedReply } from './reply.js';

/** A select menu of the situations a checklist exists for. */
export function situationMenuRow(situations: { id: string; title: string }[]): ActionRow {
  const options = situations.map((situation) => ({ label: situation.title, value: situation.id }));
  return selectRow(situationMenuId(), 'Pick a situation for its checklist', options);
}

/** A situation's checklist: one field per item (who, what, clause) in the order given, then what the guidance leaves out. */
export function renderChecklist(checklist: ObligationsChecklist): RenderedReply {
  const items = checklist.items.map((item, index) => ({
    name: `${index + 1}. ${PARTY_LABELS[item.party]}`,
    value: `${escapeDiscord(item.action)}${clauseLine(item.citations)}`,
  }));
  const note = checklist.note
    ? [{ name: OBLIGATIONS_WORDING.leftOut, value: `${toDiscordMarkdown(checklist.note.text)}${clauseLine(checklist.note.citations)}` }]
    : [];
  const embed = fitEmbed({
    title: escapeDiscord(checklist.situation.title),
    description: OBLIGATIONS_WORDING.lead,
    color: COLORS.answer,
    fields: [...items, ...note],
  });
  return { embeds: [embed], components: limitRows(topicButtonRows(checklist.related, 'enterprise')), ephemeral: false };
}
