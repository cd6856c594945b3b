import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackRequestSender, startFakeSlackApi, type FakeSlackApi } from '@cobridge/testkit';
import { FAKE_SECRETS } from './support/fake-secrets.js';
import { loadMention, loadRef, loadTs, postsPerThread } from './support/slack-events.js';
import { startSlackChild, type SlackChild } from './support/slack-child.js';
import { inspectQuestionLog, openRawDatabase } from './support/sqlite.js';
import { waitUntil } from './support/wait-until.js';

const BURST = 600;
const USERS = 100;
/** Bound on every wait: far above what the work takes, it only keeps a broken run from hanging. */
const HANG_BOUND_MS = 120_000;
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
function fireBurst(child: SlackChild): Promise<number[]> {
  const sender = createSlackRequestSender(`http://127.0.0.1:${String(child.port)}/slack/events`, FAKE_SECRETS.slackSigningSecret);
  return Promise.all(
    Array.from({ length: BURST }, async (_, i) => {
      try {
        return (await sender.event(loadMention(i, USERS))).status;
      } catch {
        return 0;
      }
    }),
  );
}

/** True once the inbox holds nothing left to answer. */
function settled(dbPath: string): boolean {
  const db = openRawDatabase(dbPath);
  try {
    return (db.prepare("SELECT count(*) AS n FROM inbox WHERE state IN ('pending', 'sending')").get() as { n: number }).n === 0;
  } finally {
    db.close();
  }
}

function postedIndexes(): number[] {
  const posted = postsPerThread(api);
  return Array.from({ length: BURST }, (_, i) => i).filter((i) => posted.has(loadTs(i)));
}

describe('the Slack bot process (dist/main.js) killed or stopped during a burst', { timeout: HANG_BOUND_MS * 2 }, () => {
  it('SIGKILL, then a restart: every acknowledged question is answered exactly once, and the log passes integrity_check', async () => {
    const dbPath = join(dir, 'killed.db');
    bot = await startSlackChild(api.url, dbPath);
    const statuses = fireBurst(bot);
    await api.waitForCalls('chat.postMessage', POSTED_BEFORE_SIGNAL, HANG_BOUND_MS);
    bot.child.kill('SIGKILL');
    await bot.exited;
    const acked = (await statuses).flatMap((status, i) => (status === 200 ? [i] : []));
    expect(inspectQuestionLog(dbPath).integrity).toBe('ok');

    bot = await startSlackChild(api.url, dbPath);
    const answered = () => postsPerThread(api);
    await waitUntil(
      () => acked.every((i) => answered().has(loadTs(i))),
      HANG_BOUND_MS,
      'the restarted bot to answer every acknowledged question',
    );
    const doubled = [...answered().values()].filter((calls) => calls.length > 1);
    expect(acked.length).toBeGreaterThan(0);
    expect(doubled).toEqual([]);
    const log = inspectQuestionLog(dbPath);
    expect(log.integrity).toBe('ok');
    const logged = new Set(log.questions.map((q) => /ref\d{5}/.exec(q)?.[0]));
    expect(acked.filter((i) => !logged.has(loadRef(i)))).toEqual([]);
  });

  it('SIGKILL, then a restart after the maximum age: the unanswered questions are recorded as missed, not answered late', async () => {
    const dbPath = join(dir, 'killed-old.db');
    bot = await startSlackChild(api.url, dbPath);
    const statuses = fireBurst(bot);
    await api.waitForCalls('chat.postMessage', POSTED_BEFORE_SIGNAL, HANG_BOUND_MS);
    bot.child.kill('SIGKILL');
    await bot.exited;
    await statuses;
    const postedBefore = api.callsTo('chat.postMessage').length;
    // Any question is older than 6 ms by the time the new process has started.
    bot = await startSlackChild(api.url, dbPath, { COBRIDGE_INBOX_MAX_AGE_MINUTES: '0.0001' });
    await waitUntil(() => /too old to answer/.test(bot?.stderr() ?? ''), HANG_BOUND_MS, 'the missed questions to be logged');
    const db = openRawDatabase(dbPath);
    const missed = db.prepare("SELECT count(*) AS n FROM inbox WHERE state = 'missed'").get() as { n: number };
    db.close();
    expect(missed.n).toBeGreaterThan(0);
    expect(api.callsTo('chat.postMessage').length).toBe(postedBefore);
  });

  it('SIGKILL while an answer is being sent: the restart finds it in the thread and does not post it again', async () => {
    const dbPath = join(dir, 'killed-sending.db');
    const fresh = await startFakeSlackApi();
    try {
      bot = await startSlackChild(fresh.url, dbPath);
      const release = fresh.hold('chat.postMessage');
      const sender = createSlackRequestSender(`http://127.0.0.1:${String(bot.port)}/slack/events`, FAKE_SECRETS.slackSigningSecret);
      expect((await sender.event(loadMention(0, 1))).status).toBe(200);
      await fresh.waitForArrivals('chat.postMessage', 1, HANG_BOUND_MS);
      bot.child.kill('SIGKILL');
      await bot.exited;
      release();
      await fresh.waitForCalls('chat.postMessage', 1, HANG_BOUND_MS);

      bot = await startSlackChild(fresh.url, dbPath);
      await fresh.waitForCalls('conversations.replies', 1, HANG_BOUND_MS);
      await waitUntil(() => settled(dbPath), HANG_BOUND_MS, 'the recovery to finish');
      expect(fresh.callsTo('chat.postMessage')).toHaveLength(1);
    } finally {
      bot?.kill();
      await bot?.exited;
      await fresh.close();
    }
  });

  it('SIGTERM: answers already acknowledged are posted exactly once, then the process exits 0', async () => {
    const dbPath = join(dir, 'stopped.db');
    bot = await startSlackChild(api.url, dbPath);
    const statuses = fireBurst(bot);
    await api.waitForCalls('chat.postMessage', POSTED_BEFORE_SIGNAL, HANG_BOUND_MS);
    bot.child.kill('SIGTERM');
    const code = await bot.exited;
    const results = await statuses;
    const acked = results.flatMap((status, i) => (status === 200 ? [i] : []));
    const posts = postsPerThread(api);
    const unanswered = acked.filter((i) => posts.get(loadTs(i))?.length !== 1);
    const doubled = [...posts.values()].filter((calls) => calls.length > 1).length;
    const log = inspectQuestionLog(dbPath);
    const logged = new Set(log.questions.map((q) => /ref\d{5}/.exec(q)?.[0]));
    expect(code, bot.stderr().slice(-2000)).toBe(0);
    expect(unanswered).toEqual([]);
    expect(doubled).toBe(0);
    expect(log.integrity).toBe('ok');
    expect(postedIndexes().filter((i) => !logged.has(loadRef(i)))).toEqual([]);
    expect(bot.stderr()).not.toContain(FAKE_SECRETS.slackBotToken);
  });
});
