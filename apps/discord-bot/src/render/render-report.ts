import { fitEmbed } from './fit-embed.js';
import { toDiscordMarkdown } from './markdown.js';
import { COLORS, type RenderedReply } from './reply.js';

/** An admin report (stats, misses, reload): plain text escaped into one private embed. */
export function renderReport(title: string, text: string): RenderedReply {
  const embed = fitEmbed({ title, description: toDiscordMarkdown(text), color: COLORS.notice });
  return { embeds: [embed], components: [], ephemeral: true };
}
