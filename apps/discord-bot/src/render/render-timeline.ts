import type { InvalidLeaveDate, LeaveTimeline } from '@cobridge/policy-knowledge';
import { TIMELINE_WORDING } from '@cobridge/reply';
import { clauseFields, clauseLine } from './clauses.js';
import { fitEmbed } from './fit-embed.js';
import { escapeDiscord, toDiscordMarkdown } from './markdown.js';
import { COLORS, renderNotice, type RenderedReply } from './reply.js';

/**
 * The leave timeline: when the retention of the personnel relationship ends, what can happen before then (each
 * with its clause), where the guidance is silent, and the quoted clauses. A bad date is a private notice.
 */
export function renderTimeline(timeline: LeaveTimeline | InvalidLeaveDate): RenderedReply {
  if (timeline.kind === 'invalid-date') return renderNotice(timeline.message);
  const before = timeline.before.map((event) => ({
    name: `Before ${timeline.retainedUntil}: ${escapeDiscord(event.title)}`,
    value: `${toDiscordMarkdown(event.text)}${clauseLine(event.citations)}`,
  }));
  const embed = fitEmbed({
    title: TIMELINE_WORDING.title(timeline.start),
    description: `${toDiscordMarkdown(timeline.text)}${clauseLine(timeline.citations)}`,
    color: COLORS.answer,
    fields: [
      { name: TIMELINE_WORDING.retainedUntil, value: `**${timeline.retainedUntil}** (${timeline.years} years from ${timeline.start})` },
      ...before,
      { name: TIMELINE_WORDING.silent, value: timeline.silent.map((line) => `- ${escapeDiscord(line)}`).join('\n') },
      ...clauseFields([...timeline.citations, ...timeline.before.flatMap((event) => event.citations)]),
    ],
    footer: { text: 'Cobridge · only what the guidance says; no deadlines are invented' },
  });
  return { embeds: [embed], components: [], ephemeral: false };
}
