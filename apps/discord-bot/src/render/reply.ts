import type { APIEmbed } from 'discord.js';
import type { ActionRow } from './components.js';

/** A platform payload ready to send: embeds, components and whether only the asker should see it. */
export interface RenderedReply {
  embeds: APIEmbed[];
  components: ActionRow[];
  ephemeral: boolean;
}

/** Embed colours by kind of reply. */
export const COLORS = {
  answer: 0x2f9e44,
  clarify: 0xf08c00,
  unknown: 0x868e96,
  notice: 0x1c7ed6,
} as const;

/** A short, single-embed notice (apologies, confirmations, rate limits). */
export function renderNotice(text: string, ephemeral = true): RenderedReply {
  return { embeds: [{ description: text, color: COLORS.notice }], components: [], ephemeral };
}

export { APOLOGY } from '@cobridge/reply';
