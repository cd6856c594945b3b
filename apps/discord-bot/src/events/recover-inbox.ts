import { Routes, type Client } from 'discord.js';
import type { Services } from '@cobridge/advisor-runtime';
import { NO_MENTIONS } from '../respond.js';
import { replyToQuestion, type MessageQuestion } from './answer-message.js';

interface ListedMessage {
  author?: { id?: string };
  message_reference?: { message_id?: string };
}

/** Whether the bot's reply to `question` is already in its channel (it was sent just before a crash). */
async function replyExists(client: Client, question: MessageQuestion): Promise<boolean> {
  const query = new URLSearchParams({ after: question.messageId, limit: '100' });
  const listed = (await client.rest.get(Routes.channelMessages(question.channelId), { query })) as ListedMessage[];
  return listed.some((m) => m.author?.id === client.user?.id && m.message_reference?.message_id === question.messageId);
}

async function answerAgain(client: Client, services: Services, question: MessageQuestion): Promise<void> {
  const reply = replyToQuestion(services, question);
  if (reply === undefined) return;
  await client.rest.post(Routes.channelMessages(question.channelId), {
    body: {
      embeds: reply.embeds,
      components: reply.components,
      allowed_mentions: { ...NO_MENTIONS, replied_user: false },
      message_reference: { message_id: question.messageId, fail_if_not_exists: false },
    },
  });
}

/**
 * After a restart: answers the messages a crash left unanswered (younger than the inbox's maximum age), once
 * each, checking the channel first when the reply was being sent. Interactions cannot be answered any more
 * (Discord accepts a first reply within 3 seconds only), so they are recorded as missed.
 */
export async function recoverInbox(client: Client, services: Services): Promise<{ replayed: number; missed: number }> {
  const { logger, inbox } = services;
  const { pending, missed } = inbox.recover('discord', services.inboxMaxAgeMs);
  let replayed = 0;
  let lost = missed;
  for (const item of pending) {
    if (!item.key.startsWith('message:')) {
      inbox.miss('discord', item.key);
      lost += 1;
      continue;
    }
    const question = JSON.parse(item.payload) as MessageQuestion;
    try {
      if (!(item.state === 'sending' && (await replyExists(client, question)))) {
        await answerAgain(client, services, question);
        replayed += 1;
      }
      inbox.done('discord', item.key);
    } catch (error) {
      logger.error('answering a recovered question failed', { key: item.key, error });
    }
  }
  if (lost > 0) logger.warn('questions left unanswered by a crash could not be answered any more', { missed: lost });
  if (replayed > 0) logger.info('answered questions left unanswered by a crash', { count: replayed });
  return { replayed, missed: lost };
}
