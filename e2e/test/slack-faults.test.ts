import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackBot, type RunningSlackBot } from './support/slack-bot.js';
import { loadMention, loadTs, postsPerThread } from './support/slack-events.js';

const EVENTS = 60;
const RATE_LIMITED = 15;
const SERVER_ERRORS = 15;

let bot: RunningSlackBot;
beforeAll(async () => {
  bot = await startSlackBot({ webApiRetries: 1 });
});
afterAll(() => bot.close());

describe('the Slack Web API failing for a while (429 with Retry-After, then 500)', () => {
  it('retries or drops each answer with a log line, answers nothing twice and keeps serving', async () => {
    bot.api.failNext(RATE_LIMITED, { status: 429, retryAfterSeconds: 1 }, 'chat.postMessage');
    bot.api.failNext(SERVER_ERRORS, { status: 500 }, 'chat.postMessage');
    const statuses = await Promise.all(
      Array.from({ length: EVENTS }, (_, i) => bot.sender.event(loadMention(i, 20)).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);

    const posts = postsPerThread(bot.api);
    const answered = Array.from({ length: EVENTS }, (_, i) => loadTs(i)).filter((ts) => posts.has(ts));
    const doubled = [...posts.values()].filter((calls) => calls.length > 1);
    const failures = bot.log.at('error').filter((line) => line.includes('handling a Slack request failed'));
    const attempts = bot.api.callsTo('chat.postMessage');
    console.info(
      `slack faults: ${EVENTS} events, ${attempts.length} postMessage attempts (${attempts.filter((c) => c.status === 429).length}×429, ` +
        `${attempts.filter((c) => c.status === 500).length}×500), ${answered.length} answered, ` +
        `${EVENTS - answered.length} dropped, ${failures.length} error lines`,
    );
    expect(doubled).toEqual([]);
    expect(failures.length).toBe(EVENTS - answered.length);

    const after = await bot.sender.event(loadMention(EVENTS, 20));
    expect(after.status).toBe(200);
    expect(postsPerThread(bot.api).get(loadTs(EVENTS))).toHaveLength(1);
  });
});
