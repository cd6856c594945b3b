import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonPayload, slashCommandPayload, type DiscordCall, type SentInteraction } from '@cobridge/testkit';
import { FAKE_SECRETS } from './support/fake-secrets.js';
import { instrumentServices } from './support/instrument-services.js';
import { startDiscordBot, type RunningDiscordBot } from './support/discord-bot.js';

const INJURY = 'who pays injury insurance for a lecturer on leave?';
const ADMIN = '400000000000000002';
const OTHER = '400000000000000003';
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
let bot: RunningDiscordBot;
let reloads = 0;

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  bot = await startDiscordBot({
    perMinute: 3,
    admins: [ADMIN],
    logLevel: 'debug',
    wrap: instrumentServices(FAKE_SECRETS.discordToken, () => (reloads += 1)),
  });
  bot.services.logger.info('settings at start', { DISCORD_TOKEN: FAKE_SECRETS.discordToken });
});
afterAll(async () => {
  await bot.close();
  process.off('unhandledRejection', onRejection);
});

function dispatch(payload: Record<string, unknown>): SentInteraction {
  bot.fake.gateway.dispatch('INTERACTION_CREATE', payload);
  return { id: payload.id as string, token: payload.token as string };
}
async function answerTo(sent: SentInteraction): Promise<DiscordCall> {
  return bot.fake.waitForResponse(sent);
}
const ask = (question: string | number, userId?: string) =>
  bot.fake.slashCommand('ask', { question } as Record<string, string | number>, userId === undefined ? {} : { userId });

describe('malformed Discord interactions through the real discord.js client', () => {
  const id = () => bot.fake.identity;
  const cases: [string, () => SentInteraction, RegExp][] = [
    ['a command the bot does not know', () => bot.fake.slashCommand('nope'), /don't know that command/],
    ['a topic button naming no topic', () => bot.fake.clickButton('topic:e:no.such-topic'), /don't know that topic/],
    ['a button with an unknown custom id', () => bot.fake.clickButton('../../admin:reload'), /don't know that topic or action/],
    ['a topic menu choosing no known topic', () => bot.fake.selectMenu('pick:e', ['nope']), /don't know that topic/],
    ['a vote for a question that was never logged', () => bot.fake.clickButton('vote:up:999999'), /could not record that vote/],
    ['/ask without its question', () => dispatch(slashCommandPayload(id(), 'ask')), /something went wrong/],
    ['/ask whose question is a number', () => ask(12345), /something went wrong/],
    [
      'a button without a custom id',
      () => dispatch({ ...buttonPayload(id(), 'x'), data: { component_type: 2 } }),
      /something went wrong|don't know that topic or action/,
    ],
  ];
  for (const [name, send, expected] of cases) {
    it(`answers ${name} with a notice that pings no one`, async () => {
      const call = await answerTo(send());
      expect(JSON.stringify(call.body)).toMatch(expected);
      expect(call.body).toMatchObject({ data: { allowed_mentions: { parse: [] } } });
    });
  }

  it('logged every failure, and nothing was an unhandled rejection', () => {
    expect(bot.log.at('error').join('\n')).toContain('discord handler failed');
    expect(rejections).toEqual([]);
  });
});

describe('abuse of the Discord bot', () => {
  it('asks a flooding user to slow down while another user is still answered', async () => {
    const flood: DiscordCall[] = [];
    for (let i = 0; i < 6; i += 1) flood.push(await answerTo(ask(INJURY, '400000000000000077')));
    const calm = await answerTo(ask(INJURY, '400000000000000078'));
    const text = (call: DiscordCall) => JSON.stringify(call.body);
    expect(flood.slice(0, 3).every((c) => text(c).includes('Work-related injury insurance'))).toBe(true);
    expect(flood.slice(3).every((c) => text(c).includes('asking faster than I can keep up'))).toBe(true);
    expect(text(calm)).toContain('Work-related injury insurance');
  });

  for (const sub of ['reload', 'stats', 'misses']) {
    it(`refuses /admin ${sub} to a non-admin and runs it for an admin`, async () => {
      const before = reloads;
      const refused = await answerTo(bot.fake.slashCommand(`admin ${sub}`, {}, { userId: OTHER }));
      expect(JSON.stringify(refused.body)).toContain('only Cobridge admins can use');
      expect(reloads).toBe(before);
      const sent = bot.fake.slashCommand(`admin ${sub}`, {}, { userId: ADMIN });
      const edit = await bot.fake.waitForCall((c) => c.method === 'PATCH' && c.route.includes(sent.token));
      expect(JSON.stringify(edit.body)).toMatch(
        { reload: /Knowledge reloaded/, stats: /Question log statistics/, misses: /Missed questions/ }[sub] as RegExp,
      );
      expect(reloads).toBe(sub === 'reload' ? before + 1 : before);
    });
  }

  it('never writes the bot token to the log, in settings or in a thrown error', async () => {
    await answerTo(ask('please explode now', '400000000000000079'));
    const log = bot.log.lines.join('');
    expect(log).toContain('discord handler failed');
    expect(log).toContain('[redacted]');
    expect(log).not.toContain(FAKE_SECRETS.discordToken);
  });
});

describe('the Discord gateway dropped mid-session', () => {
  const answered = async () => JSON.stringify((await answerTo(ask(INJURY, '400000000000000080'))).body);

  it('resumes after a dropped connection (close 4000) and answers again', async () => {
    const resumed = once(bot.client, 'shardResume');
    bot.fake.gateway.dropConnections(4000);
    await resumed;
    expect(bot.fake.gateway.resumes).toBeGreaterThanOrEqual(1);
    expect(await answered()).toContain('Work-related injury insurance');
  });

  it('identifies again when the session is closed (1000), and answers again', async () => {
    const identified = once(bot.fake.gateway, 'ready');
    bot.fake.gateway.dropConnections(1000);
    await identified;
    await once(bot.client, 'shardReady');
    expect(await answered()).toContain('Work-related injury insurance');
  });

  it('reconnects when asked to (opcode 7), and answers again', async () => {
    const resumes = bot.fake.gateway.resumes;
    const back = once(bot.client, 'shardResume');
    bot.fake.gateway.requestReconnect();
    await back;
    expect(bot.fake.gateway.resumes).toBe(resumes + 1);
    expect(await answered()).toContain('Work-related injury insurance');
  });
});
