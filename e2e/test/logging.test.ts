import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_SECRETS } from './support/fake-secrets.js';
import { loadMention } from './support/slack-events.js';
import { startSlackBot, type RunningSlackBot } from './support/slack-bot.js';
import { startDiscordBot } from './support/discord-bot.js';

let running: { close(): Promise<void> } | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('Slack bot logging', () => {
  it('writes Bolt debug lines when COBRIDGE_LOG_LEVEL is debug (Bolt does not reset its logger to info)', async () => {
    const bot: RunningSlackBot = await startSlackBot({ logLevel: 'debug' });
    running = bot;
    await bot.sender.event(loadMention(1, 1));
    await bot.api.waitForCalls('chat.postMessage', 1);
    const boltDebug = bot.log.at('debug').filter((line) => line.includes('"source":"bolt'));
    expect(boltDebug.length).toBeGreaterThan(0);
    expect(bot.log.lines.join('\n')).not.toContain(FAKE_SECRETS.slackBotToken);
  });

  it('writes no debug line at the info level', async () => {
    const bot: RunningSlackBot = await startSlackBot({ logLevel: 'info' });
    running = bot;
    await bot.sender.event(loadMention(1, 1));
    await bot.api.waitForCalls('chat.postMessage', 1);
    expect(bot.log.at('debug')).toEqual([]);
  });

  it('logs a failing handler with its stack and cause, without the token', async () => {
    const bot: RunningSlackBot = await startSlackBot({
      wrap: (services) => ({
        ...services,
        ask: () => {
          throw new Error('answer failed', { cause: new Error(`upstream said ${FAKE_SECRETS.slackBotToken}`) });
        },
      }),
    });
    running = bot;
    await bot.sender.event(loadMention(1, 1));
    const line = bot.log.at('error').find((l) => l.includes('handling a Slack request failed'));
    expect(line).toBeDefined();
    const logged = JSON.stringify(JSON.parse(line as string));
    expect(logged).toMatch(/answer failed/);
    expect(logged).toMatch(/"stack":"[^"]*at /);
    expect(logged).toMatch(/upstream said \[redacted\]/);
    expect(logged).not.toContain(FAKE_SECRETS.slackBotToken);
  });
});

describe('Discord bot logging', () => {
  it('writes discord.js debug lines when COBRIDGE_LOG_LEVEL is debug, without the token', async () => {
    const bot = await startDiscordBot({ logLevel: 'debug' });
    running = bot;
    expect(bot.log.at('debug').filter((line) => line.includes('"msg":"discord.js"')).length).toBeGreaterThan(0);
    expect(bot.log.lines.join('\n')).not.toContain(FAKE_SECRETS.discordToken);
  });
});
