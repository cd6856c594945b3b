import { silentLogger } from '@cobridge/advisor-runtime';
import { startFakeSlackApi, type FakeSlackApi } from '@cobridge/testkit';
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUserLocales } from '../src/user-locales.js';

let api: FakeSlackApi;
let clock: number;
beforeEach(async () => {
  api = await startFakeSlackApi();
  api.setUserLocale('U0ZH', 'zh-CN');
  api.setUserLocale('U0TW', 'zh-TW');
  clock = 0;
});
afterEach(() => api.close());

function locales(options: { maxUsers?: number } = {}) {
  const client = new webApi.WebClient('xoxb-test-only', {
    slackApiUrl: api.url,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  return createUserLocales(client, silentLogger, { ttlMs: 1_000, failureTtlMs: 100, now: () => clock, ...options });
}
const lookedUp = () => api.callsTo('users.info').map((call) => call.body.user);

describe('createUserLocales against the fake Slack Web API', () => {
  it('reads zh-CN and zh-TW as Chinese, anything else as English', async () => {
    const users = locales();
    expect(await Promise.all(['U0ZH', 'U0TW', 'U0EN'].map((user) => users.langOf(user)))).toEqual(['zh', 'zh', 'en']);
  });

  it('asks once per user within the time to live, concurrent questions sharing the call, and again after it', async () => {
    const users = locales();
    expect(await Promise.all([users.langOf('U0ZH'), users.langOf('U0ZH')])).toEqual(['zh', 'zh']);
    clock = 999;
    expect(await users.langOf('U0ZH')).toBe('zh');
    expect(lookedUp()).toEqual(['U0ZH']);
    clock = 1_000;
    await users.langOf('U0ZH');
    expect(lookedUp()).toEqual(['U0ZH', 'U0ZH']);
  });

  it('remembers a bounded number of users, forgetting the least recently asked first', async () => {
    const users = locales({ maxUsers: 2 });
    for (const user of ['U0A', 'U0B', 'U0A', 'U0C', 'U0A', 'U0B']) await users.langOf(user);
    expect(lookedUp()).toEqual(['U0A', 'U0B', 'U0C', 'U0B']);
  });

  it('answers English when users.info fails, and asks again after the shorter failure time', async () => {
    const users = locales();
    api.failNext(1, { status: 500 }, 'users.info');
    expect(await users.langOf('U0ZH')).toBe('en');
    clock = 50;
    expect(await users.langOf('U0ZH')).toBe('en');
    clock = 100;
    expect(await users.langOf('U0ZH')).toBe('zh');
    expect(lookedUp()).toEqual(['U0ZH', 'U0ZH']);
  });
});
