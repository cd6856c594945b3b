import { buildEventCallback, SLACK_TEST_IDS, type FakeSlackApi, type RecordedCall, type SlackRequestSender } from '@cobridge/testkit';

/** Questions the load tests cycle through (each event adds a unique reference word). */
export const LOAD_QUESTIONS = [
  'do I keep my pension if I leave to start a company?',
  'who pays injury insurance for a lecturer on leave?',
  'can I work part-time at a company?',
  'what are the cooperation modes?',
  'how long can I leave my post?',
] as const;

/** The thread timestamp of load event `index`: unique, so each answer can be matched to its question. */
export function loadTs(index: number): string {
  return `1700002000.${String(index).padStart(6, '0')}`;
}

/** The unique word event `index` carries, so its row in the question log can be found. */
export function loadRef(index: number): string {
  return `ref${String(index).padStart(5, '0')}`;
}

/** An app_mention from one of `users` users asking a load question with a unique reference. */
export function loadMention(index: number, users: number): Record<string, unknown> {
  return buildEventCallback({
    type: 'app_mention',
    user: `U0LOAD${String(index % users).padStart(4, '0')}`,
    text: `<@${SLACK_TEST_IDS.botUser}> ${LOAD_QUESTIONS[index % LOAD_QUESTIONS.length]} ${loadRef(index)}`,
    ts: loadTs(index),
    channel: SLACK_TEST_IDS.channel,
  });
}

/** Successful chat.postMessage calls per thread_ts (failed, injected attempts are not counted). */
export function postsPerThread(api: FakeSlackApi): Map<string, RecordedCall[]> {
  const byThread = new Map<string, RecordedCall[]>();
  for (const call of api.callsTo('chat.postMessage')) {
    if (call.status !== 200) continue;
    const key = String(call.body.thread_ts);
    byThread.set(key, [...(byThread.get(key) ?? []), call]);
  }
  return byThread;
}

/** Slack's redeliveries of an event that was not acknowledged with 200 (it retries up to three times). */
export const SLACK_RETRIES = 3;

/**
 * Delivers an event as Slack does: once, then again with `X-Slack-Retry-Num` while it is not acknowledged; the
 * final status (0: no answer).
 */
export async function deliverLikeSlack(sender: SlackRequestSender, payload: Record<string, unknown>): Promise<number> {
  let status = 0;
  for (let attempt = 0; attempt <= SLACK_RETRIES && status !== 200; attempt += 1) {
    const options = attempt === 0 ? {} : { retryNum: attempt, retryReason: 'http_timeout' };
    status = await sender.event(payload, options).then(
      (reply) => reply.status,
      () => 0,
    );
  }
  return status;
}
