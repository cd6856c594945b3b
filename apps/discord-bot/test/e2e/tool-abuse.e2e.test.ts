import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from './start-bot.js';

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const QUESTION = 'who pays injury insurance for a lecturer on leave?';
const bodyText = async (b: RunningBot, sent: ReturnType<RunningBot['fake']['slashCommand']>) =>
  JSON.stringify((await b.fake.waitForResponse(sent)).body);

describe('tool commands under abuse', () => {
  it('strip NUL and bidirectional overrides before echoing what was typed', async () => {
    bot = await startBot();
    const text = await bodyText(bot, bot.fake.slashCommand('timeline', { start: '\u0000\u202E2025-02-30\u202C\u2066' }));
    expect(text).toContain('2025-02-30');
    expect(text).not.toMatch(/\\u0000|\u202E|\u202C|\u2066/);
  });

  it('share the question rate limit, the refusal shown only to the asker', async () => {
    bot = await startBot({ perMinute: 2 });
    await bodyText(bot, bot.fake.slashCommand('ask', { question: QUESTION }));
    await bodyText(bot, bot.fake.slashCommand('glossary', {}));
    const refused = JSON.parse(await bodyText(bot, bot.fake.slashCommand('timeline', { start: '2025-09-01' }))) as {
      data?: { flags?: number };
    };
    expect(JSON.stringify(refused)).toMatch(/asking faster than I can keep up/);
    expect(refused.data?.flags).toBe(64);
  });

  it('reply to a flood of mentions once per window, then stay silent', async () => {
    bot = await startBot({ perMinute: 1 });
    const b = bot;
    const sent = Array.from({ length: 5 }, () => b.fake.sendMessage(`<@${b.fake.identity.botUserId}> ${QUESTION}`));
    const marker = b.fake.sendMessage(`<@${b.fake.identity.botUserId}> ${QUESTION}`, { userId: '400000000000000099' });
    await b.fake.waitForCall(
      (c) => (c.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === marker.id,
    );
    const replies = b.fake.calls.filter((c) =>
      sent.some((m) => (c.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === m.id),
    );
    expect(replies).toHaveLength(2);
    expect(JSON.stringify(replies[1]?.body)).toMatch(/asking faster than I can keep up/);
  });
});
