import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Inbox, Logger } from '@cobridge/advisor-runtime';
import { rejectFutureRequest } from './future-timestamp.js';
import { inboxKey, storedBody } from './inbox-key.js';

/** How many recent acknowledgement times are kept for {@link InboxReceiver.ackTimes}. */
const ACK_TIMES_KEPT = 10_000;
/** Questions answered at once when a restart catches up with the inbox. */
const REPLAY_CONCURRENCY = 16;

/** A Bolt receiver that keeps every question in the inbox before it is acknowledged. */
export interface InboxReceiver extends Receiver {
  /** Answers the questions a crash left unanswered (younger than `maxAgeMs`); resolves once all are done. */
  replayPending(maxAgeMs: number): Promise<{ replayed: number; missed: number }>;
  /** Milliseconds from a question's arrival (HTTP) or hand-over to Bolt (Socket Mode) to its acknowledgement, most recent last. */
  ackTimes(): number[];
}

/**
 * Wraps Bolt's own receiver: a question (mention, DM, slash command) is written to the inbox, then Bolt
 * acknowledges and answers it, then it is marked done. A known key (a redelivery, or a replayed slash command)
 * is acknowledged and not answered again. Requests timestamped in the future are rejected.
 */
export function withInbox(
  inner: Receiver,
  inbox: Inbox,
  logger: Logger,
  wasPosted: (body: Record<string, unknown>, key: string) => Promise<boolean | undefined>,
): InboxReceiver {
  let app: App | undefined;
  const ackTimes: number[] = [];

  const answer = async (key: string, event: ReceiverEvent): Promise<void> => {
    try {
      // The listeners read the key from the context to mark the answer as being sent (see answer-marks.ts).
      await (app as App).processEvent({ ...event, customProperties: { ...event.customProperties, inboxKey: key } });
    } finally {
      inbox.done('slack', key);
    }
  };

  const processEvent = async (event: ReceiverEvent): Promise<void> => {
    rejectFutureRequest(event.customProperties);
    const key = inboxKey(event.body);
    if (key === undefined) return (app as App).processEvent(event);
    if (!inbox.accept('slack', key, storedBody(event.body))) {
      logger.info('acknowledged a question already received, not answering it again', { key, retryNum: event.retryNum });
      await event.ack();
      return;
    }
    const arrived = event.customProperties?.receivedAt;
    const started = typeof arrived === 'number' ? arrived : performance.now();
    const ack: ReceiverEvent['ack'] = async (response) => {
      await event.ack(response);
      ackTimes.push(performance.now() - started);
      if (ackTimes.length > ACK_TIMES_KEPT) ackTimes.shift();
    };
    await answer(key, { ...event, ack });
  };

  return {
    init(target) {
      app = target;
      inner.init({ processEvent } as unknown as App);
    },
    start: (...args) => inner.start(...args),
    stop: (...args) => inner.stop(...args),
    ackTimes: () => [...ackTimes],
    async replayPending(maxAgeMs) {
      const { pending, missed } = inbox.recover('slack', maxAgeMs);
      if (missed > 0) logger.warn('questions left unanswered by a crash were too old to answer', { missed });
      if (pending.length > 0) logger.info('answering questions left unanswered by a crash', { count: pending.length });
      let next = 0;
      const worker = async (): Promise<void> => {
        for (let item = pending[next++]; item !== undefined; item = pending[next++]) {
          const { key, payload, state } = item;
          const body = JSON.parse(payload) as Record<string, unknown>;
          // The process died while sending this answer: answer only if Slack shows it did not arrive.
          if (state === 'sending' && (await wasPosted(body, key)) === true) {
            inbox.done('slack', key);
            continue;
          }
          await answer(key, { body, ack: async () => undefined }).catch((error: unknown) =>
            logger.error('answering a recovered question failed', { key, error }),
          );
        }
      };
      await Promise.all(Array.from({ length: REPLAY_CONCURRENCY }, worker));
      return { replayed: pending.length, missed };
    },
  };
}
