import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkIntegrity } from '@cobridge/question-log';
import { buildEventCallback, createSlackRequestSender, SLACK_TEST_IDS, startFakeSlackApi, type FakeSlackApi } from '@cobridge/testkit';
import { BENCH_SECRETS, startSlackChild, type SlackChild } from './slack-child.js';
import { onceAndDoubled } from './stats.js';

/** Events in a burst, each from its own user. */
export const BURST = 2_000;
/** How long the fake Web API takes to answer every call. */
export const WEB_API_LATENCY_MS = 100;
const HANG_BOUND_MS = 600_000;

/** What one Slack burst showed. */
export interface SlackBurstResult {
  sent: number;
  /** Events answered 200 on their first delivery (Slack would not redeliver them). */
  acked: number;
  answeredOnce: number;
  doubled: number;
  unanswered: number;
  /** Milliseconds from receiving to acknowledging each question, measured inside the bot. */
  ackTimes: number[];
  /** Milliseconds the sender waited for each acknowledgement (includes its own and the socket's queueing). */
  senderWaits: number[];
  /** The bot's event-loop delay over the run (ms): bounds how long a request can wait before it is even read. */
  loopDelay: { p99: number; max: number };
  authTestCalls: number;
  seconds: number;
}

const threadOf = (i: number): string => `1700003000.${String(i).padStart(6, '0')}`;
const warmUpThreadOf = (i: number): string => `1700002000.${String(i).padStart(6, '0')}`;

function mention(i: number, thread = threadOf): Record<string, unknown> {
  return buildEventCallback({
    type: 'app_mention',
    user: `U0B${String(i).padStart(6, '0')}`,
    text: `<@${SLACK_TEST_IDS.botUser}> do I keep my pension if I leave to start a company? ${String(i)}`,
    ts: thread(i),
    channel: SLACK_TEST_IDS.channel,
  });
}

function postsPerThread(api: FakeSlackApi): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of api.callsTo('chat.postMessage')) {
    if (call.status === 200) counts.set(String(call.body.thread_ts), (counts.get(String(call.body.thread_ts)) ?? 0) + 1);
  }
  return counts;
}

async function fire(port: number, senderWaits: number[], thread = threadOf): Promise<number[]> {
  const sender = createSlackRequestSender(`http://127.0.0.1:${String(port)}/slack/events`, BENCH_SECRETS.signingSecret);
  return Promise.all(
    Array.from({ length: BURST }, async (_, i) => {
      const started = performance.now();
      const status = await sender.event(mention(i, thread)).then(
        (reply) => reply.status,
        () => 0,
      );
      senderWaits.push(performance.now() - started);
      return status;
    }),
  );
}

async function waitForAnswers(api: FakeSlackApi, expected: readonly string[]): Promise<void> {
  const deadline = Date.now() + HANG_BOUND_MS;
  const pending = () => expected.filter((ts) => !postsPerThread(api).has(ts)).length;
  while (pending() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  // Let late doubles (if any) arrive before counting.
  await new Promise((resolve) => setTimeout(resolve, 2 * WEB_API_LATENCY_MS + 500));
}

/** How a burst is run: with 429 windows on auth.test and chat.postMessage, and/or after a first burst has warmed the bot up. */
export interface BurstOptions {
  rateLimited?: boolean;
  warm?: boolean;
}

/** A burst of {@link BURST} mentions at full speed against the bot process (see {@link BurstOptions}). */
export async function slackBurst({ rateLimited = false, warm = false }: BurstOptions = {}): Promise<SlackBurstResult> {
  const api = await startFakeSlackApi();
  api.setLatency(WEB_API_LATENCY_MS);
  if (rateLimited) {
    api.failNext(2, { status: 429, retryAfterSeconds: 1 }, 'auth.test');
    api.failNext(300, { status: 429, retryAfterSeconds: 1 }, 'chat.postMessage');
  }
  const dir = mkdtempSync(join(tmpdir(), 'cobridge-bench-'));
  const bot = await startSlackChild(api.url, join(dir, 'log.db'));
  try {
    if (warm) {
      await fire(bot.port, [], warmUpThreadOf);
      await api.waitForCalls('chat.postMessage', BURST, HANG_BOUND_MS);
      api.calls.length = 0;
    }
    await bot.resetLoopDelay();
    const started = performance.now();
    const senderWaits: number[] = [];
    const statuses = await fire(bot.port, senderWaits);
    const threads = statuses.flatMap((status, i) => (status === 200 ? [threadOf(i)] : []));
    await waitForAnswers(api, threads);
    const seconds = (performance.now() - started) / 1000;
    const counts = postsPerThread(api);
    const all = Array.from({ length: BURST }, (_, i) => threadOf(i));
    const { once, doubled } = onceAndDoubled(counts, all);
    return {
      sent: BURST,
      acked: threads.length,
      answeredOnce: once,
      doubled,
      unanswered: threads.filter((ts) => !counts.has(ts)).length,
      ackTimes: (await bot.ackTimes()).slice(warm ? -BURST : 0),
      loopDelay: await bot.loopDelay(),
      senderWaits,
      authTestCalls: api.callsTo('auth.test').length,
      seconds,
    };
  } finally {
    await bot.kill('SIGTERM');
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a SIGKILL in the middle of a burst, and the restart, showed. */
export interface SlackKillResult {
  sent: number;
  acked: number;
  answeredBeforeKill: number;
  replayedAfterRestart: number;
  unanswered: number;
  doubled: number;
  integrity: string;
}

/** SIGKILL after about {@link KILL_AFTER} answers of a burst, then a restart on the same database. */
export const KILL_AFTER = 300;

/** Kills the bot process mid-burst, restarts it and counts what was lost or doubled. */
export async function slackKill(): Promise<SlackKillResult> {
  const api = await startFakeSlackApi();
  api.setLatency(WEB_API_LATENCY_MS);
  const dir = mkdtempSync(join(tmpdir(), 'cobridge-bench-'));
  const dbPath = join(dir, 'log.db');
  let bot: SlackChild = await startSlackChild(api.url, dbPath);
  try {
    const burst = fire(bot.port, []);
    await api.waitForCalls('chat.postMessage', KILL_AFTER, HANG_BOUND_MS);
    await bot.kill('SIGKILL');
    const statuses = await burst;
    const answeredBeforeKill = postsPerThread(api).size;
    const integrity = checkIntegrity(dbPath);
    bot = await startSlackChild(api.url, dbPath);
    const recovery = await bot.recovered();
    const threads = statuses.flatMap((status, i) => (status === 200 ? [threadOf(i)] : []));
    await waitForAnswers(api, threads);
    const counts = postsPerThread(api);
    return {
      sent: BURST,
      acked: threads.length,
      answeredBeforeKill,
      replayedAfterRestart: recovery.replayed,
      unanswered: threads.filter((ts) => !counts.has(ts)).length,
      doubled: [...counts.values()].filter((n) => n > 1).length,
      integrity,
    };
  } finally {
    await bot.kill('SIGTERM');
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
