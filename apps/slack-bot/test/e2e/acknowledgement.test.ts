import { buildEventCallback, buildSlashCommand, SLACK_TEST_IDS, type SlackRequestSender } from '@cobridge/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpHarness, type Harness } from './harness.js';

const QUESTION = 'do I keep my pension if I leave to start a company?';
/** Hang bound for waiting on answers; far above what the work takes. */
const WAIT_MS = 60_000;

const mention = (i: number) =>
  buildEventCallback(
    {
      type: 'app_mention',
      user: `U${String(i).padStart(6, '0')}`,
      text: `<@${SLACK_TEST_IDS.botUser}> ${QUESTION}`,
      ts: `1700000000.${String(i).padStart(6, '0')}`,
      channel: SLACK_TEST_IDS.channel,
    },
    { eventId: `Ev${String(i).padStart(6, '0')}` },
  );

describe('acknowledging Slack requests (real Bolt, fake Slack)', () => {
  let h: (Harness & { sender: SlackRequestSender }) | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('looks up the bot identity once for many events, and answers each once', async () => {
    h = await startHttpHarness({ processBeforeResponse: false });
    const statuses = await Promise.all(Array.from({ length: 60 }, (_, i) => h!.sender.event(mention(i)).then((r) => r.status)));
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    const posts = await h.api.waitForCalls('chat.postMessage', 60, WAIT_MS);
    expect(new Set(posts.map((p) => p.body.thread_ts)).size).toBe(60);
    expect(h.api.callsTo('auth.test')).toHaveLength(1);
  });

  it('loses nothing when auth.test is rate limited at request time', async () => {
    h = await startHttpHarness({ processBeforeResponse: false });
    h.api.failNext(30, { status: 429, retryAfterSeconds: 30 }, 'auth.test');
    await Promise.all(Array.from({ length: 30 }, (_, i) => h!.sender.event(mention(i))));
    const posts = await h.api.waitForCalls('chat.postMessage', 30, WAIT_MS);
    expect(new Set(posts.map((p) => p.body.thread_ts)).size).toBe(30);
    expect(h.api.callsTo('auth.test')).toHaveLength(1);
  });

  it('acknowledges before the answer is delivered', async () => {
    h = await startHttpHarness({ processBeforeResponse: false });
    const release = h.api.hold('chat.postMessage');
    expect((await h.sender.event(mention(1))).status).toBe(200);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(0);
    release();
    await h.api.waitForCalls('chat.postMessage', 1, WAIT_MS);
  });

  it('rejects a request timestamped more than five minutes in the future, like a stale one', async () => {
    h = await startHttpHarness();
    const future = Math.floor(Date.now() / 1000) + 600;
    expect((await h.sender.event(mention(1), { timestamp: future })).status).toBe(401);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(0);
    expect((await h.sender.event(mention(2), { timestamp: Math.floor(Date.now() / 1000) + 60 })).status).toBe(200);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a replayed slash command (same trigger id) only once', async () => {
    h = await startHttpHarness();
    const command = buildSlashCommand({ text: QUESTION, responseUrl: h.api.responseUrl(), triggerId: 'trigger.replayed' });
    expect((await h.sender.command(command)).status).toBe(200);
    expect((await h.sender.command(command)).status).toBe(200);
    expect(h.api.responses).toHaveLength(1);
  });
});
