import type { App } from '@slack/bolt';
import type { Services } from '@cobridge/advisor-runtime';
import { answerMetadata, markSending } from '../receiver/answer-marks.js';
import type { UserLocales } from '../user-locales.js';
import { askAndRender } from './ask-and-render.js';

/**
 * Answers mentions in channels (in a thread under the question) and direct messages (in the DM); a flood gets one
 * private notice per window. Buttons and notices are in the asker's Slack language; the answer in the question's.
 */
export function registerMessageListeners(app: App, services: Services, locales: UserLocales): void {
  app.event('app_mention', async ({ event, context, say, client }) => {
    // A mention inside a DM also arrives as message.im, which answers it; bots never get an answer.
    if (event.channel.startsWith('D') || event.bot_id !== undefined || event.user === undefined) return;
    const threadTs = event.thread_ts ?? event.ts;
    const lang = await locales.langOf(event.user);
    const answer = askAndRender(
      services,
      { userId: event.user, text: event.text, botUserId: context.botUserId, conversationId: `${event.channel}:${threadTs}` },
      { lang },
    );
    if (answer.kind === 'limited') {
      if (answer.notice)
        await client.chat.postEphemeral({ channel: event.channel, user: event.user, thread_ts: threadTs, ...answer.notice });
      return;
    }
    markSending(services, context);
    await say({ ...answer.message, thread_ts: threadTs, ...answerMetadata(context) });
  });

  app.message(async ({ message, context, say, client }) => {
    // Only plain messages people type in a DM: no edits, joins, bot posts (ours included) or other subtypes.
    if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id !== undefined) return;
    const threadTs = message.thread_ts;
    const lang = await locales.langOf(message.user);
    const answer = askAndRender(
      services,
      {
        userId: message.user,
        text: message.text ?? '',
        botUserId: context.botUserId,
        conversationId: threadTs === undefined ? message.channel : `${message.channel}:${threadTs}`,
      },
      { lang },
    );
    const thread = threadTs === undefined ? {} : { thread_ts: threadTs };
    if (answer.kind === 'limited') {
      if (answer.notice) await client.chat.postEphemeral({ channel: message.channel, user: message.user, ...thread, ...answer.notice });
      return;
    }
    markSending(services, context);
    await say({ ...answer.message, ...thread, ...answerMetadata(context) });
  });
}
