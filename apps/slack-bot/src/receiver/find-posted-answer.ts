import type { webApi } from '@slack/bolt';
import type { Logger } from '@cobridge/advisor-runtime';
import { ANSWER_METADATA_TYPE } from './answer-marks.js';

interface StoredEvent {
  event?: { channel?: unknown; ts?: unknown; thread_ts?: unknown; channel_type?: unknown };
}

interface Message {
  metadata?: { event_type?: string; event_payload?: { inbox_key?: unknown } };
}

/**
 * Asks Slack whether the answer to a question (an Events API body from the inbox) was posted before a crash:
 * looks for a message carrying its inbox key in the thread (mentions) or the DM after it. Undefined when it
 * cannot tell (a slash command, or Slack did not answer).
 */
export async function findPostedAnswer(client: webApi.WebClient, body: unknown, key: string, logger: Logger): Promise<boolean | undefined> {
  const event = (body as StoredEvent).event;
  if (typeof event?.channel !== 'string' || typeof event.ts !== 'string') return undefined;
  const threadTs = typeof event.thread_ts === 'string' ? event.thread_ts : event.channel.startsWith('D') ? undefined : event.ts;
  try {
    const found =
      threadTs === undefined
        ? await client.conversations.history({ channel: event.channel, oldest: event.ts, include_all_metadata: true, limit: 200 })
        : await client.conversations.replies({ channel: event.channel, ts: threadTs, include_all_metadata: true, limit: 200 });
    const messages = (found.messages ?? []) as Message[];
    return messages.some((m) => m.metadata?.event_type === ANSWER_METADATA_TYPE && m.metadata.event_payload?.inbox_key === key);
  } catch (error) {
    logger.warn('could not check whether a recovered question was answered; answering it', { key, error });
    return undefined;
  }
}
