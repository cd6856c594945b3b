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

/** Replies to an interaction (or follows up if it was already answered), never pinging anyone. */
export async function respond(interaction: RepliableInteraction, reply: RenderedReply): Promise<void> {
  const payload = {
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: NO_MENTIONS,
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
  if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
  else await interaction.reply(payload);
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
