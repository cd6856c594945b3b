import { Routes, type Client } from 'discord.js';
import type { PendingQuestion, Services } from '@cobridge/advisor-runtime';
import { NO_MENTIONS } from '../respond.js';
import { replyToQuestion, type MessageQuestion } from './answer-message.js';
import { finishDeferredAsk } from './deferred-ask.js';

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

/** Answers one recovered question: `sent`, `found` (the reply was already there) or `missed` (too late to answer). */
async function answerRecovered(client: Client, services: Services, item: PendingQuestion): Promise<'sent' | 'found' | 'missed'> {
  if (!item.key.startsWith('message:')) return (await finishDeferredAsk(client, services, item.key, item.payload)) ? 'sent' : 'missed';
  const question = JSON.parse(item.payload) as MessageQuestion;
  if (item.state === 'sending' && (await replyExists(client, question))) return 'found';
  await answerAgain(client, services, question);
  return 'sent';
}

/**
 * After a restart: answers the questions a crash left unanswered (younger than the inbox's maximum age), once
 * each. A message is answered with a reply, checking the channel first when the reply was being sent. A deferred
 * /ask is answered by editing its deferred response while its token is valid (15 minutes); any other interaction
 * cannot be answered any more (Discord accepts a first response within 3 seconds only) and is recorded as missed.
 */
export async function recoverInbox(client: Client, services: Services): Promise<{ replayed: number; missed: number }> {
  const { logger, inbox } = services;
  const { pending, missed } = inbox.recover('discord', services.inboxMaxAgeMs);
  let replayed = 0;
  let lost = missed;
  for (const item of pending) {
    try {
      const result = await answerRecovered(client, services, item);
      if (result === 'missed') {
        inbox.miss('discord', item.key);
        lost += 1;
      } else {
        if (result === 'sent') replayed += 1;
        inbox.done('discord', item.key);
      }
    } catch (error) {
      logger.error('answering a recovered question failed', { key: item.key, error });
    }
  }
  if (lost > 0) logger.warn('questions left unanswered by a crash could not be answered any more', { missed: lost });
  if (replayed > 0) logger.info('answered questions left unanswered by a crash', { count: replayed });
  return { replayed, missed: lost };
}
