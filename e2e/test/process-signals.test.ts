import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackRequestSender, startFakeSlackApi, type FakeSlackApi } from '@cobridge/testkit';
import { FAKE_SECRETS } from './support/fake-secrets.js';
import { loadMention, loadRef, loadTs, postsPerThread } from './support/slack-events.js';
import { startSlackChild, type SlackChild } from './support/slack-child.js';
import { inspectQuestionLog } from './support/sqlite.js';
import { describeTimings } from './support/stats.js';

const BURST = 600;
const USERS = 100;
/** Answers posted before the signal is sent, so the signal lands in the middle of the burst. */
const POSTED_BEFORE_SIGNAL = 100;

let api: FakeSlackApi;
let dir: string;
let bot: SlackChild | undefined;
beforeAll(async () => {
  api = await startFakeSlackApi();
  dir = mkdtempSync(join(tmpdir(), 'cobridge-signals-'));
});
afterEach(() => {
  bot?.kill();
  bot = undefined;
  api.calls.length = 0;
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Fires the burst at the child without waiting; resolves with each event's HTTP status (0: never acknowledged). */
function fireBurst(child: SlackChild, latencies: number[]): Promise<number[]> {
  const sender = createSlackRequestSender(`http://127.0.0.1:${String(child.port)}/slack/events`, FAKE_SECRETS.slackSigningSecret);
  return Promise.all(
    Array.from({ length: BURST }, async (_, i) => {
      const started = performance.now();
      try {
        const reply = await sender.event(loadMention(i, USERS));
        latencies.push(performance.now() - started);
        return reply.status;
      } catch {
        return 0;
      }
    }),
  );
}

function postedIndexes(): number[] {
  const posted = postsPerThread(api);
  return Array.from({ length: BURST }, (_, i) => i).filter((i) => posted.has(loadTs(i)));
}

describe('the Slack bot process (dist/main.js) killed or stopped during a burst', () => {
  it('SIGKILL: the log reopens, passes integrity_check and holds every row whose answer was posted', async () => {
    const dbPath = join(dir, 'killed.db');
    bot = await startSlackChild(api.url, dbPath);
    const latencies: number[] = [];
    const statuses = fireBurst(bot, latencies);
    await api.waitForCalls('chat.postMessage', POSTED_BEFORE_SIGNAL, 30_000);
    bot.child.kill('SIGKILL');
    await bot.exited;
    const acked = (await statuses).filter((s) => s === 200).length;
    const posted = postedIndexes();
    const log = inspectQuestionLog(dbPath);
    const logged = new Set(log.questions.map((q) => /ref\d{5}/.exec(q)?.[0]));
    console.info(`sigkill: ${BURST} sent, ${acked} acknowledged, ${posted.length} answers posted, ${log.questions.length} rows after restart`);
    console.info(describeTimings('sigkill burst ack latency (child process)', latencies));
    expect(log.integrity).toBe('ok');
    expect(posted.filter((i) => !logged.has(loadRef(i)))).toEqual([]);
    expect(posted.length).toBeLessThan(BURST);
  });

  it('SIGTERM: answers already acknowledged are posted exactly once, then the process exits 0', async () => {
    const dbPath = join(dir, 'stopped.db');
    bot = await startSlackChild(api.url, dbPath);
    const latencies: number[] = [];
    const statuses = fireBurst(bot, latencies);
    await api.waitForCalls('chat.postMessage', POSTED_BEFORE_SIGNAL, 30_000);
    bot.child.kill('SIGTERM');
    const code = await bot.exited;
    const results = await statuses;
    const acked = results.flatMap((status, i) => (status === 200 ? [i] : []));
    const posts = postsPerThread(api);
    const unanswered = acked.filter((i) => posts.get(loadTs(i))?.length !== 1);
    const doubled = [...posts.values()].filter((calls) => calls.length > 1).length;
    const log = inspectQuestionLog(dbPath);
    const logged = new Set(log.questions.map((q) => /ref\d{5}/.exec(q)?.[0]));
    console.info(`sigterm: ${BURST} sent, ${acked.length} acknowledged, ${posts.size} answers posted, ${log.questions.length} rows, exit ${code}`);
    console.info(describeTimings('sigterm burst ack latency (child process)', latencies));
    expect(code, bot.stderr().slice(-2000)).toBe(0);
    expect(unanswered).toEqual([]);
    expect(doubled).toBe(0);
    expect(log.integrity).toBe('ok');
    expect(postedIndexes().filter((i) => !logged.has(loadRef(i)))).toEqual([]);
    expect(bot.stderr()).not.toContain(FAKE_SECRETS.slackBotToken);
  });
});
