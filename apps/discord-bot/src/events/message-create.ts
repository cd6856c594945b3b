import type { Message } from 'discord.js';
import type { Services } from '@cobridge/advisor-runtime';
import { isChinese } from '@cobridge/policy-knowledge';
import { interfaceStrings } from '@cobridge/reply';
import { renderNotice } from '../render/reply.js';
import type { InFlight } from '../in-flight.js';
import { replyToQuestion, type MessageQuestion } from './answer-message.js';
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
  const question: MessageQuestion = {
    channelId: message.channelId,
    messageId: message.id,
    authorId: message.author.id,
    conversationId: conversationOf(message),
    content: message.content,
  };
  // Kept before anything else, so a crash from here on leaves it for the restart to answer.
  const key = `message:${message.id}`;
  if (!services.inbox.accept('discord', key, JSON.stringify(question))) {
    services.logger.info('ignored a message already received', { key });
    return;
  }
  try {
    const reply = replyToQuestion(services, question);
    if (reply === undefined) return;
    services.inbox.sending('discord', key);
    await replyToMessage(message, reply);
  } finally {
    services.inbox.done('discord', key);
  }
}

/** The `messageCreate` listener: answers mentions and DMs with a reply; ignores bots; apologizes on failure. */
export function createMessageListener(services: Services, inFlight?: InFlight): (message: Message) => void {
  return guard(
    services.logger,
    'messageCreate',
    (message: Message) => answer(message, services),
    (message: Message) =>
      isAddressedToBot(message)
        ? replyToMessage(message, renderNotice(interfaceStrings(isChinese(message.content) ? 'zh' : 'en').apology))
        : Promise.resolve(),
    inFlight,
  );
}
