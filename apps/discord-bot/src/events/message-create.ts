import type { Message } from 'discord.js';
import type { Services } from '@cobridge/advisor-runtime';
import { toQuestion } from '../inbound.js';
import { renderHelp } from '../render/render-help.js';
import { offerFor } from '../feature-replies.js';
import { renderOutcome } from '../render/render-result.js';
import { withOffer } from '../render/render-offer.js';
import { APOLOGY, renderNotice } from '../render/reply.js';
import { replyToMessage } from '../respond.js';
import { guard } from './guard.js';

/** True for messages the bot answers: from a person, and either a DM or a mention of the bot. */
export function isAddressedToBot(message: Message): boolean {
  if (message.author.bot || message.system || message.webhookId !== null) return false;
  if (!message.inGuild()) return true;
  const me = message.client.user;
  return message.mentions.users.has(me.id);
}

/** Whose follow-ups a message continues: a DM channel is one conversation; in a server, each person in a channel is. */
export function conversationOf(message: Message): string {
  return message.inGuild() ? `${message.channelId}:${message.author.id}` : message.channelId;
}

async function answer(message: Message, services: Services): Promise<void> {
  if (!isAddressedToBot(message)) return;
  const question = toQuestion(message.content);
  if (question.text === '') return replyToMessage(message, renderHelp(services.advisor().topics()));
  const userId = message.author.id;
  const conversationId = conversationOf(message);
  const outcome = services.ask({ platform: 'discord', userId, text: question.text, audience: 'enterprise', conversationId });
  const offer = outcome.kind === 'result' ? offerFor(services.advisor().knowledge, question.text) : undefined;
  await replyToMessage(message, withOffer(renderOutcome(outcome, 'enterprise'), offer));
}

/** The `messageCreate` listener: answers mentions and DMs with a reply; ignores bots; apologizes on failure. */
export function createMessageListener(services: Services): (message: Message) => void {
  return guard(services.logger, 'messageCreate', (message: Message) => answer(message, services), (message: Message) =>
    isAddressedToBot(message) ? replyToMessage(message, renderNotice(APOLOGY)) : Promise.resolve(),
  );
}
