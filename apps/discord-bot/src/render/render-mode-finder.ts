import type { ModeFinderResult, NeedSummary } from '@cobridge/policy-knowledge';
import { MODES_WORDING } from '@cobridge/reply';
import { needsMenuId } from '../custom-ids.js';
import { limitRows, selectRow, topicButtonRows, type ActionRow } from './components.js';
import { clauseLine } from './clauses.js';
import { fitEmbed } from './fit-embed.js';
import { escapeDiscord, toDiscordMarkdown } from './markdown.js';
import { COLORS, type RenderedReply } from './reply.js';

/** The /find-modes prompt: a multi-select of the needs the paper lists. */
export function renderNeedsPicker(needs: NeedSummary[]): RenderedReply {
  const embed = fitEmbed({
    title: 'Find the cooperation modes for your needs',
    description: MODES_WORDING.pickNeeds,
    color: COLORS.notice,
  });
  const options = needs.map((need) => ({ label: need.label, value: need.id }));
  const rows: ActionRow[] = options.length > 0 ? [selectRow(needsMenuId(), 'Pick your needs', options, options.length)] : [];
  return { embeds: [embed], components: rows, ephemeral: true };
}

/** The modes serving the chosen needs, each with why and its clause, needs without a mode said plainly, and buttons to read each mode. */
export function renderModeFinder(result: ModeFinderResult): RenderedReply {
  const modes = result.modes.map((ranked) => ({
    name: escapeDiscord(ranked.mode.title),
    value: ranked.reasons
      .map((reason) => `- **${escapeDiscord(reason.need.label)}**: ${escapeDiscord(reason.why)}${clauseLine(reason.citations)}`)
      .join('\n'),
  }));
  const unlinked = result.unlinked.map((entry) => ({
    name: `${escapeDiscord(entry.need.label)}: no particular mode`,
    value: `${toDiscordMarkdown(entry.text)}${clauseLine(entry.citations)}`,
  }));
  const picked = [...result.modes.flatMap((m) => m.reasons.map((r) => r.need.label)), ...result.unlinked.map((u) => u.need.label)];
  const description =
    modes.length > 0
      ? `The modes that serve ${escapeDiscord([...new Set(picked)].join(', '))}, those serving more of your needs first.`
      : MODES_WORDING.noMode;
  const embed = fitEmbed({
    title: MODES_WORDING.title,
    description: `${description}${clauseLine(result.citations)}`,
    color: COLORS.answer,
    fields: [...modes, ...unlinked],
  });
  return {
    embeds: [embed],
    components: limitRows(
      topicButtonRows(
        result.modes.map((m) => m.mode),
        'enterprise',
      ),
    ),
    ephemeral: false,
  };
}
