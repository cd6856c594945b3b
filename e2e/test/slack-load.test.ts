import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackRequestSender, startFakeSlackApi } from '@cobridge/testkit';
import { FAKE_SECRETS } from './support/fake-secrets.js';
import { startSlackChild } from './support/slack-child.js';
import { inspectQuestionLog } from './support/sqlite.js';
import { loadMention, loadRef, loadTs, postsPerThread } from './support/slack-events.js';
import { startSlackBot, type RunningSlackBot } from './support/slack-bot.js';
import { describeTimings, percentile } from './support/stats.js';

const BURST = 1_000;
const USERS = 250;
/** Slack's own deadline for an acknowledgement; recorded, and only used as the hang bound for the wait. */
const SLACK_ACK_DEADLINE_MS = 3_000;

let running: RunningSlackBot | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('Slack HTTP mode under load', () => {
  it(`acknowledges a burst of ${BURST} signed events from ${USERS} users, answers each once and logs each`, async () => {
    const bot = (running = await startSlackBot({ fileDb: true, processBeforeResponse: false }));
    const latencies: number[] = [];
    const statuses = await Promise.all(
      Array.from({ length: BURST }, async (_, i) => {
        const started = performance.now();
        const reply = await bot.sender.event(loadMention(i, USERS));
        latencies.push(performance.now() - started);
        return reply.status;
      }),
    );
    await bot.api.waitForCalls('chat.postMessage', BURST, 60_000);
    console.info(describeTimings(`slack burst ack latency (${BURST} events)`, latencies));
    const late = latencies.filter((ms) => ms > SLACK_ACK_DEADLINE_MS).length;
    console.info(`slack burst: acks over ${SLACK_ACK_DEADLINE_MS} ms: ${late}; p99 ${percentile(latencies, 0.99).toFixed(1)} ms`);

    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const posts = postsPerThread(bot.api);
    const missingOrDoubled = Array.from({ length: BURST }, (_, i) => loadTs(i)).filter((ts) => posts.get(ts)?.length !== 1);
    expect(missingOrDoubled).toEqual([]);
    expect(bot.api.callsTo('chat.postMessage')).toHaveLength(BURST);

    const log = inspectQuestionLog(bot.dbPath as string);
    expect(log.integrity).toBe('ok');
    expect(log.questions).toHaveLength(BURST);
    const logged = new Set(log.questions.map((q) => /ref\d{5}/.exec(q)?.[0]));
    expect(Array.from({ length: BURST }, (_, i) => loadRef(i)).filter((ref) => !logged.has(ref))).toEqual([]);
  });

  it(`acknowledges the same burst within Slack's deadline when the bot runs as its own process, as in production`, async () => {
    const api = await startFakeSlackApi();
    const dir = mkdtempSync(join(tmpdir(), 'cobridge-load-'));
    const child = await startSlackChild(api.url, join(dir, 'log.db'));
    try {
      const sender = createSlackRequestSender(`http://127.0.0.1:${String(child.port)}/slack/events`, FAKE_SECRETS.slackSigningSecret);
      const latencies: number[] = [];
      const statuses = await Promise.all(
        Array.from({ length: BURST }, async (_, i) => {
          const started = performance.now();
          const reply = await sender.event(loadMention(i, USERS));
          latencies.push(performance.now() - started);
          return reply.status;
        }),
      );
      await api.waitForCalls('chat.postMessage', BURST, 60_000);
      console.info(describeTimings(`slack burst ack latency, bot in its own process (${BURST} events)`, latencies));
      const late = latencies.filter((ms) => ms > SLACK_ACK_DEADLINE_MS).length;
      console.info(`slack burst (own process): acks over ${SLACK_ACK_DEADLINE_MS} ms: ${late}; p99 ${percentile(latencies, 0.99).toFixed(1)} ms`);
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      const posts = postsPerThread(api);
      expect(Array.from({ length: BURST }, (_, i) => loadTs(i)).filter((ts) => posts.get(ts)?.length !== 1)).toEqual([]);
      expect(inspectQuestionLog(join(dir, 'log.db')).questions).toHaveLength(BURST);
    } finally {
      child.kill();
      await child.exited;
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
