import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackRequestSender, startFakeSlackApi, type FakeSlackApi } from '@cobridge/testkit';
import { FAKE_SECRETS } from './support/fake-secrets.js';
import { startSlackChild } from './support/slack-child.js';
import { inspectQuestionLog } from './support/sqlite.js';
import { deliverLikeSlack, loadMention, loadRef, loadTs, postsPerThread } from './support/slack-events.js';
import { startSlackBot, type RunningSlackBot } from './support/slack-bot.js';

// Correctness under a burst only: how fast the acknowledgements come is measured by `pnpm bench` (docs/reliability.md).
const BURST = 1_000;
const USERS = 1_000;
/** Bound on every wait: far above what the work takes, it only keeps a broken run from hanging. */
const HANG_BOUND_MS = 240_000;

let running: RunningSlackBot | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** Indexes of burst events not answered exactly once. */
function missingOrDoubled(api: FakeSlackApi): number[] {
  const posts = postsPerThread(api);
  return Array.from({ length: BURST }, (_, i) => i).filter((i) => posts.get(loadTs(i))?.length !== 1);
}

/** Indexes of burst events whose question has no row in the log. */
function unlogged(dbPath: string): number[] {
  const log = inspectQuestionLog(dbPath);
  expect(log.integrity).toBe('ok');
  const logged = new Set(log.questions.map((q) => /ref\d{5}/.exec(q)?.[0]));
  return Array.from({ length: BURST }, (_, i) => i).filter((i) => !logged.has(loadRef(i)));
}

describe('Slack HTTP mode under a burst', { timeout: HANG_BOUND_MS * 2 }, () => {
  it(`acknowledges ${BURST} signed events from ${USERS} users (with Slack's retries), answers each once and logs each`, async () => {
    running = await startSlackBot({ fileDb: true, processBeforeResponse: false });
    const bot = running;
    const statuses = await Promise.all(Array.from({ length: BURST }, (_, i) => deliverLikeSlack(bot.sender, loadMention(i, USERS))));
    await bot.api.waitForCalls('chat.postMessage', BURST, HANG_BOUND_MS);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(missingOrDoubled(bot.api)).toEqual([]);
    expect(bot.api.callsTo('chat.postMessage')).toHaveLength(BURST);
    expect(bot.api.callsTo('auth.test')).toHaveLength(1);
    expect(unlogged(bot.dbPath as string)).toEqual([]);
  });

  it('does the same with the bot as its own process, as in production', async () => {
    const api = await startFakeSlackApi();
    const dir = mkdtempSync(join(tmpdir(), 'cobridge-load-'));
    const child = await startSlackChild(api.url, join(dir, 'log.db'));
    try {
      const sender = createSlackRequestSender(`http://127.0.0.1:${String(child.port)}/slack/events`, FAKE_SECRETS.slackSigningSecret);
      const statuses = await Promise.all(Array.from({ length: BURST }, (_, i) => deliverLikeSlack(sender, loadMention(i, USERS))));
      await api.waitForCalls('chat.postMessage', BURST, HANG_BOUND_MS);
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      expect(missingOrDoubled(api)).toEqual([]);
      expect(unlogged(join(dir, 'log.db'))).toEqual([]);
    } finally {
      child.kill();
      await child.exited;
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
