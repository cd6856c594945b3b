import {
  MessageFlags,
  type Message,
  type MessageComponentInteraction,
  type MessageMentionOptions,
  type RepliableInteraction,
} from 'discord.js';
import type { RenderedReply } from './render/reply.js';

/** Mentions the bot may ping: none. Set as the client default and again on every reply. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [] };

/**
 * Replies to an interaction, never pinging anyone: fills in a deferred response, follows up on an answered one.
 * A private reply to a deferred (public) response replaces it with a private follow-up.
 */
export async function respond(interaction: RepliableInteraction, reply: RenderedReply): Promise<void> {
  const content = { embeds: reply.embeds, components: reply.components, allowedMentions: NO_MENTIONS };
  const payload = { ...content, ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) };
  if (interaction.replied) {
    await interaction.followUp(payload);
  } else if (!interaction.deferred) {
    await interaction.reply(payload);
  } else if (reply.ephemeral && interaction.ephemeral !== true) {
    await interaction.deleteReply();
    await interaction.followUp(payload);
  } else {
    await interaction.editReply(content);
  }
}

/** Replaces the message a button or menu sits on (the next step of a flow), never pinging anyone. */
export async function updateMessage(interaction: MessageComponentInteraction, reply: RenderedReply): Promise<void> {
  await interaction.update({ embeds: reply.embeds, components: reply.components, allowedMentions: NO_MENTIONS });
}

/** Replies to a message without pinging anyone, not even its author. */
export async function replyToMessage(message: Message, reply: RenderedReply): Promise<void> {
  await message.reply({
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: { ...NO_MENTIONS, repliedUser: false },
  });
}
