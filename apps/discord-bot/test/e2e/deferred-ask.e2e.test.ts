import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Events, SnowflakeUtil } from 'discord.js';
import { createLogger, createServices, silentLogger, type Services } from '@cobridge/advisor-runtime';
import { FakeDiscord, type DiscordCall } from '@cobridge/testkit';
import { createDiscordClient } from '../../src/client.js';
import { createInFlight } from '../../src/in-flight.js';

const QUESTION = 'who pays injury insurance for a lecturer on leave?';
const MINUTE = 60_000;

let fake: FakeDiscord;
let dir: string;
beforeEach(async () => {
  fake = await FakeDiscord.start();
  dir = mkdtempSync(join(tmpdir(), 'cobridge-deferred-ask-'));
});
afterEach(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the inbox keeps for a deferred /ask of the fake's user in its channel. */
function keptAsk(token: string, audience = 'enterprise'): Record<string, unknown> {
  const { applicationId, channelId, userId } = fake.identity;
  return { deferred: true, applicationId, token, userId, conversationId: `${channelId}:${userId}`, text: QUESTION, audience, lang: 'en' };
}

interface LoginOptions {
  deferAfterMs?: number;
  inboxMaxAgeMs?: number;
  /** Questions per user per minute (default 1000). */
  perMinute?: number;
}

/** Logs the real client in with the question log in `dir`; resolves once it is ready and its inbox recovery is over. */
async function login({ deferAfterMs, inboxMaxAgeMs, perMinute = 1000 }: LoginOptions = {}) {
  const logLines: string[] = [];
  const logger = createLogger({ level: 'info', stream: { write: (line: string) => logLines.push(line) } });
  const services = await createServices({
    platform: 'discord',
    dbPath: join(dir, 'cobridge.db'),
    logger,
    inboxMaxAgeMs,
    rateLimit: { perMinute },
  });
  const kept: string[] = [];
  const update: Services['inbox']['update'] = (platform, key, payload) => {
    kept.push(payload);
    return services.inbox.update(platform, key, payload);
  };
  const inFlight = createInFlight();
  const seen = { ...services, inbox: { ...services.inbox, update } };
  const client = createDiscordClient({
    env: { DISCORD_API_URL: fake.apiUrl },
    services: seen,
    rest: { retries: 0, timeout: 5_000 },
    inFlight,
    deferAfterMs,
  });
  const ready = once(client, Events.ClientReady);
  await client.login('test-token');
  await ready;
  await inFlight.idle();
  return {
    services,
    inFlight,
    kept,
    logLines,
    async stop() {
      await client.destroy();
      await services.close();
    },
  };
}

const editsOf = (token: string): DiscordCall[] =>
  fake.calls.filter((c) => c.method === 'PATCH' && c.route === `/webhooks/${fake.identity.applicationId}/${token}/messages/@original`);

/** Keeps an interaction in the inbox as a crash left it: accepted, and deferred when `payload` is given. */
async function leaveInInbox(items: { id: string; payload?: Record<string, unknown> }[]): Promise<void> {
  const services = await createServices({ platform: 'discord', dbPath: join(dir, 'cobridge.db'), logger: silentLogger });
  for (const { id, payload } of items) {
    services.inbox.accept('discord', `interaction:${id}`, '{}');
    if (payload) services.inbox.update('discord', `interaction:${id}`, JSON.stringify(payload));
  }
  await services.close();
}

describe('a late /ask', () => {
  it('is deferred first, kept with what recovery needs, then answered by editing the deferred response', async () => {
    const bot = await login({ deferAfterMs: 0 });
    try {
      const sent = fake.slashCommand('ask', { question: QUESTION, audience: 'teacher' });
      await fake.waitForCall((c) => editsOf(sent.token).includes(c));
      await bot.inFlight.idle();
      const [deferred, edited, ...more] = fake.responsesTo(sent);
      expect(deferred?.body).toMatchObject({ type: 5 });
      expect(edited?.body).toMatchObject({ allowed_mentions: { parse: [] } });
      expect(JSON.stringify(edited?.body)).toMatch(/injury insurance/i);
      expect(more).toEqual([]);
      expect(bot.kept.map((k) => JSON.parse(k) as unknown)).toEqual([keptAsk(sent.token, 'teacher')]);
      expect(bot.services.inbox.recover('discord', 60 * MINUTE).pending).toEqual([]);
      expect(bot.logLines.join('\n')).not.toContain(sent.token);
    } finally {
      await bot.stop();
    }
  });

  it('when the asker is over the limit, replaces the deferred response with a private notice', async () => {
    const bot = await login({ deferAfterMs: 0, perMinute: 1 });
    try {
      const first = fake.slashCommand('ask', { question: QUESTION });
      await fake.waitForCall((c) => editsOf(first.token).includes(c));
      const limited = fake.slashCommand('ask', { question: QUESTION });
      await fake.waitForCall((c) => c.method === 'POST' && c.route === `/webhooks/${fake.identity.applicationId}/${limited.token}`);
      const [deferred, deleted, notice, ...more] = fake.responsesTo(limited);
      expect(deferred?.body).toMatchObject({ type: 5 });
      expect(deleted).toMatchObject({ method: 'DELETE', route: expect.stringMatching(/\/messages\/@original$/u) });
      expect(notice?.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
      expect(more).toEqual([]);
    } finally {
      await bot.stop();
    }
  });
});

describe('after a crash', () => {
  it('answers a deferred /ask once by editing its response; a never-deferred or expired one is missed', async () => {
    const young = SnowflakeUtil.generate({ timestamp: Date.now() - 2 * MINUTE }).toString();
    const expired = SnowflakeUtil.generate({ timestamp: Date.now() - 16 * MINUTE }).toString();
    const neverDeferred = SnowflakeUtil.generate().toString();
    const tokens = { young: `young-interaction-token-${young}`, expired: `expired-interaction-token-${expired}` };
    // The inbox is allowed an hour, so only the token's 15 minutes stop the expired one.
    await leaveInInbox([
      { id: young, payload: keptAsk(tokens.young) },
      { id: expired, payload: keptAsk(tokens.expired) },
      { id: neverDeferred },
    ]);

    const restarted = await login({ inboxMaxAgeMs: 60 * MINUTE });
    await restarted.stop();
    const [edit, ...again] = editsOf(tokens.young);
    expect(again).toEqual([]);
    expect(edit?.body).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(JSON.stringify(edit?.body)).toMatch(/injury insurance/i);
    expect(fake.calls.filter((c) => c.route.includes(tokens.expired) || c.route.includes(neverDeferred))).toEqual([]);
    const log = restarted.logLines.join('\n');
    expect(log).toMatch(/could not be answered any more.*"missed":2/u);
    expect(log).not.toContain(tokens.young);

    const secondRestart = await login({ inboxMaxAgeMs: 60 * MINUTE });
    expect(secondRestart.services.inbox.recover('discord', 60 * MINUTE)).toEqual({ pending: [], missed: 0 });
    await secondRestart.stop();
    expect(editsOf(tokens.young)).toHaveLength(1);
  });
});
