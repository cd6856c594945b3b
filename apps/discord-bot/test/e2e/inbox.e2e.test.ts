import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, silentLogger } from '@cobridge/advisor-runtime';
import { once } from 'node:events';
import { Events } from 'discord.js';
import { FakeDiscord, messageCreatePayload } from '@cobridge/testkit';
import type { Services } from '@cobridge/advisor-runtime';
import { createDiscordClient } from '../../src/client.js';
import { startBot, type RunningBot } from './start-bot.js';

const QUESTION = 'who pays injury insurance for a lecturer on leave?';

let bot: RunningBot | undefined;
let dir: string | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const repliesTo = (b: RunningBot, messageId: string) =>
  b.fake.calls.filter(
    (c) => c.method === 'POST' && (c.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === messageId,
  );

describe('the Discord inbox', () => {
  it('after a crash, answers a message left unanswered exactly once, and records an interaction as missed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cobridge-discord-inbox-'));
    const dbPath = join(dir, 'cobridge.db');
    const before = await createServices({ platform: 'discord', dbPath, logger: silentLogger });
    const question = {
      channelId: '300000000000000001',
      messageId: '500000000000000001',
      authorId: '400000000000000001',
      conversationId: 'c',
      content: QUESTION,
    };
    before.inbox.accept('discord', `message:${question.messageId}`, JSON.stringify(question));
    before.inbox.accept('discord', 'interaction:600000000000000001', '{}');
    await before.close();

    bot = await startBot({ dbPath });
    const reply = await bot.fake.waitForCall((c) => repliesTo(bot as RunningBot, question.messageId).includes(c), 30_000);
    expect(reply.route).toBe(`/channels/${question.channelId}/messages`);
    expect(reply.body).toMatchObject({ allowed_mentions: { parse: [], replied_user: false } });
    expect(JSON.stringify(reply.body)).toMatch(/injury insurance/i);
    await bot.stop();
    bot = undefined;

    const after = await createServices({ platform: 'discord', dbPath, logger: silentLogger });
    expect(after.inbox.recover('discord', 60 * 60_000)).toEqual({ pending: [], missed: 0 });
    await after.close();
  });

  it('after a crash while a reply was being sent, does not send it again when it is in the channel', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cobridge-discord-inbox-'));
    const dbPath = join(dir, 'cobridge.db');
    const fake = await FakeDiscord.start();
    const login = async () => {
      const services = await createServices({ platform: 'discord', dbPath, logger: silentLogger });
      const client = createDiscordClient({ env: { DISCORD_API_URL: fake.apiUrl }, services, rest: { retries: 0, timeout: 5_000 } });
      const ready = once(client, Events.ClientReady);
      await client.login('test-token');
      await ready;
      return { services, client };
    };
    try {
      const first = await login();
      const sent = fake.sendMessage(`<@${fake.identity.botUserId}> ${QUESTION}`);
      const matches = (c: { body: unknown }) =>
        (c.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === sent.id;
      await fake.waitForCall(matches);
      await first.client.destroy();
      // As if the process had died between posting that reply and marking it done (a second key for the same
      // message, since the first is already done): the restart finds the reply in the channel.
      const question = {
        channelId: sent.channelId,
        messageId: sent.id,
        authorId: fake.identity.userId,
        conversationId: 'c',
        content: QUESTION,
      };
      first.services.inbox.accept('discord', `message:${sent.id}:crashed`, JSON.stringify(question));
      first.services.inbox.sending('discord', `message:${sent.id}:crashed`);
      await first.services.close();

      const second = await login();
      await waitUntilDone(second.services);
      expect(fake.calls.filter(matches)).toHaveLength(1);
      await second.client.destroy();
      await second.services.close();
    } finally {
      await fake.close();
    }
  });

  it('answers a message delivered twice (a gateway replay) once', async () => {
    bot = await startBot();
    const payload = messageCreatePayload(bot.fake.identity, `<@${bot.fake.identity.botUserId}> ${QUESTION}`);
    const sent = { id: payload.id as string };
    bot.fake.gateway.dispatch('MESSAGE_CREATE', payload);
    await bot.fake.waitForCall((c) => repliesTo(bot as RunningBot, sent.id).includes(c));
    bot.fake.gateway.dispatch('MESSAGE_CREATE', payload);
    const marker = bot.fake.sendMessage(`<@${bot.fake.identity.botUserId}> ${QUESTION}`);
    await bot.fake.waitForCall((c) => repliesTo(bot as RunningBot, marker.id).includes(c));
    expect(repliesTo(bot, sent.id)).toHaveLength(1);
  });
});

/** Waits (hang bound 30 s) until the inbox holds nothing left to answer. */
async function waitUntilDone(services: Services): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (services.inbox.recover('discord', 60 * 60_000).pending.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the inbox still holds questions');
}
