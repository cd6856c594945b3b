import type { Message } from 'discord.js';
import type { Services } from '@cobridge/advisor-runtime';
import { toQuestion } from '../inbound.js';
import { renderHelp } from '../render/render-help.js';
import { renderOutcome } from '../render/render-result.js';
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

async function answer(message: Message, services: Services): Promise<void> {
  if (!isAddressedToBot(message)) return;
  const question = toQuestion(message.content);
  if (question.text === '') return replyToMessage(message, renderHelp(services.advisor().topics()));
  const userId = message.author.id;
  const conversationId = `${message.channelId}:${userId}`;
  const outcome = services.ask({ platform: 'discord', userId, text: question.text, audience: 'enterprise', conversationId });
  await replyToMessage(message, renderOutcome(outcome, 'enterprise'));
}

/** The `messageCreate` listener: answers mentions and DMs with a reply; ignores bots; apologizes on failure. */
export function createMessageListener(services: Services): (message: Message) => void {
  return guard(services.logger, 'messageCreate', (message: Message) => answer(message, services), (message: Message) =>
    isAddressedToBot(message) ? replyToMessage(message, renderNotice(APOLOGY)) : Promise.resolve(),
  );
}
