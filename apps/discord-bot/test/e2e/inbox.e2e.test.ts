import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, silentLogger } from '@cobridge/advisor-runtime';
import { messageCreatePayload } from '@cobridge/testkit';
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
  b.fake.calls.filter((c) => c.method === 'POST' && (c.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === messageId);

describe('the Discord inbox', () => {
  it('after a crash, answers a message left unanswered exactly once, and records an interaction as missed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cobridge-discord-inbox-'));
    const dbPath = join(dir, 'cobridge.db');
    const before = await createServices({ platform: 'discord', dbPath, logger: silentLogger });
    const question = { channelId: '300000000000000001', messageId: '500000000000000001', authorId: '400000000000000001', conversationId: 'c', content: QUESTION };
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
