import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Events } from 'discord.js';
import { startBot, type RunningBot } from './start-bot.js';

const HOSTILE = `@everyone @here <@400000000000000009> <@&456> **bold** \u0000 ${'x'.repeat(10_000)}`;
const EXPLODE = 'please explode now';

let bot: RunningBot;
beforeAll(async () => {
  // A services wrapper whose ask throws for one question, to prove the handler guard.
  bot = await startBot({
    wrap: (services) => ({
      ...services,
      ask: (input) => {
        if (input.text === EXPLODE) throw new Error('boom');
        return services.ask(input);
      },
    }),
  });
});
afterAll(async () => {
  await bot?.stop();
});

async function askInjury(): Promise<string | undefined> {
  const sent = bot.fake.slashCommand('ask', { question: 'who pays injury insurance for a lecturer on leave?' });
  const body = (await bot.fake.waitForResponse(sent)).body as { data?: { embeds?: { title?: string }[] } };
  return body.data?.embeds?.[0]?.title;
}

function errorLines(): string[] {
  return bot.logLines.filter((line) => line.includes('"level":"error"'));
}

describe('hostile input', () => {
  it('answers a hostile /ask without any ping and without leaking the mentions', async () => {
    const sent = bot.fake.slashCommand('ask', { question: HOSTILE });
    const call = await bot.fake.waitForResponse(sent);
    expect(call.body).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
    expect(JSON.stringify(call.body)).not.toMatch(/@everyone|@here|<@&456>|<@400000000000000009>/u);
  });

  it('replies to a hostile mention without pinging anyone, the author included', async () => {
    const sent = bot.fake.sendMessage(`<@${bot.fake.identity.botUserId}> ${HOSTILE}`);
    const call = await bot.fake.waitForCall(
      (c) => (c.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === sent.id,
    );
    expect(call.body).toMatchObject({ allowed_mentions: { parse: [], replied_user: false } });
    expect(JSON.stringify(call.body)).not.toMatch(/@everyone|@here|<@&456>/u);
  });

  it('logs no handler errors for hostile input', () => {
    expect(errorLines()).toEqual([]);
  });
});

describe('failures and reconnects', () => {
  it('apologizes when a handler fails, logs it, and keeps answering', async () => {
    const sent = bot.fake.slashCommand('ask', { question: EXPLODE });
    const call = await bot.fake.waitForResponse(sent);
    expect(call.body).toMatchObject({ data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(JSON.stringify(call.body)).toContain('Sorry, something went wrong');
    expect(errorLines().join('\n')).toContain('discord handler failed');
    expect(await askInjury()).toBe('Work-related injury insurance');
  });

  it('resumes its session after a dropped connection and answers again', async () => {
    const resumed = once(bot.client, Events.ShardResume);
    bot.fake.gateway.dropConnections(4000);
    await resumed;
    expect(bot.fake.gateway.resumes).toBe(1);
    expect(await askInjury()).toBe('Work-related injury insurance');
  });

  it('identifies again when Discord closes the session and answers again', async () => {
    const identified = once(bot.fake.gateway, 'ready');
    const ready = once(bot.client, Events.ShardReady);
    bot.fake.gateway.dropConnections(1000);
    await identified;
    await ready;
    expect(bot.fake.gateway.identifies).toHaveLength(2);
    expect(await askInjury()).toBe('Work-related injury insurance');
  });
});
