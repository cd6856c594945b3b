import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayIntentBits } from 'discord.js';
import type { DiscordCall } from '@cobridge/testkit';
import { startBot, type RunningBot } from './start-bot.js';

interface Body {
  type?: number;
  data?: {
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
    components?: { components: { custom_id?: string; options?: { value: string }[] }[] }[];
    choices?: { name: string; value: string }[];
    flags?: number;
    allowed_mentions?: unknown;
  };
}

const ADMIN_ID = '400000000000000001';
/** An admin only in another guild than the fake's. */
const GUILD_ADMIN_ID = '400000000000000003';
const OTHER_GUILD = '200000000000000999';
let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot({ admins: [ADMIN_ID, `${OTHER_GUILD}:${GUILD_ADMIN_ID}`] });
});
afterAll(async () => {
  await bot?.stop();
});

async function ask(name: string, options?: Record<string, string>): Promise<Body> {
  const sent = bot.fake.slashCommand(name, options);
  return (await bot.fake.waitForResponse(sent)).body as Body;
}

function customIds(body: Body): string[] {
  return (body.data?.components ?? []).flatMap((row) => row.components.map((c) => c.custom_id ?? ''));
}

describe('the Discord bot against a fake Discord', () => {
  it('identifies with only the non-privileged intents it needs', () => {
    const intents = bot.fake.gateway.identifies[0]?.intents as number;
    expect(intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
  });

  it('answers /ask about a lecturer on leave: the enterprise pays injury insurance, clause 3-11', async () => {
    const body = await ask('ask', { question: 'if we hire a lecturer on leave, who pays his injury insurance?' });
    expect(body.type).toBe(4);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    const embed = body.data?.embeds?.[0];
    expect(embed?.title).toBe('Work-related injury insurance');
    expect(embed?.description).toMatch(/Your enterprise .*pays the teacher's work-related injury insurance/su);
    expect(embed?.fields?.[0]?.name).toBe('Source: clause 3-11 (section 3)');
    expect(customIds(body)).toEqual(expect.arrayContaining(['topic:e:leave.social-insurance', expect.stringMatching(/^vote:up:\d+$/u)]));
  });

  it('records a 👍 from the feedback button', async () => {
    const answer = await ask('ask', { question: 'who pays work injury insurance for a teacher on leave?' });
    const voteId = customIds(answer).find((id) => id.startsWith('vote:up:')) as string;
    const click = (await bot.fake.waitForResponse(bot.fake.clickButton(voteId))).body as Body;
    expect(click.data?.flags).toBe(64);
    expect(click.data?.embeds?.[0]?.description).toContain('is recorded');
  });

  it('shows a related topic when its button is clicked', async () => {
    const click = (await bot.fake.waitForResponse(bot.fake.clickButton('topic:e:leave.social-insurance'))).body as Body;
    expect(click.data?.embeds?.[0]?.title).toBe('Social insurance (pension) while on leave');
  });

  it('apologizes for an unknown button or topic', async () => {
    const stale = (await bot.fake.waitForResponse(bot.fake.clickButton('topic:e:no.such-topic'))).body as Body;
    expect(stale.data?.embeds?.[0]?.description).toMatch(/^Sorry/u);
    const junk = (await bot.fake.waitForResponse(bot.fake.clickButton('what-is-this'))).body as Body;
    expect(junk.data?.embeds?.[0]?.description).toMatch(/^Sorry/u);
  });

  it('autocompletes /topic over the topic titles', async () => {
    const body = (await bot.fake.waitForResponse(bot.fake.autocomplete('topic', { name: 'name', value: 'injury' }))).body as Body;
    expect(body.type).toBe(8);
    expect(body.data?.choices).toContainEqual({ name: 'Work-related injury insurance', value: 'leave.injury-insurance' });
  });

  it('shows a topic chosen with /topic and apologizes for an unknown one', async () => {
    expect((await ask('topic', { name: 'leave.injury-insurance' })).data?.embeds?.[0]?.fields?.[0]?.name).toContain('3-11');
    expect((await ask('topic', { name: 'no such thing' })).data?.embeds?.[0]?.description).toMatch(/^Sorry/u);
  });

  it('lists the six modes in /modes and expands one from the menu', async () => {
    const body = await ask('modes');
    expect(body.data?.embeds?.[0]?.fields).toHaveLength(6);
    const menu = body.data?.components?.[0]?.components[0];
    const first = menu?.options?.[0]?.value as string;
    const picked = (await bot.fake.waitForResponse(bot.fake.selectMenu(menu?.custom_id as string, [first]))).body as Body;
    expect(picked.data?.embeds?.[0]?.fields?.[0]?.name).toMatch(/^Source: clause/u);
  });

  it('lists enterprise duties with their clauses in /obligations', async () => {
    const fields = (await ask('obligations')).data?.embeds?.[0]?.fields ?? [];
    expect(fields).toContainEqual({ name: 'Work-related injury insurance', value: expect.stringContaining('clause 3-11') });
  });

  it('explains itself in /help, privately', async () => {
    const body = await ask('help');
    expect(body.data?.flags).toBe(64);
    expect(body.data?.embeds?.[0]?.fields?.map((f) => f.name)).toContain('Try asking');
  });
});

describe('/admin', () => {
  it('refuses people who are not in DISCORD_ADMIN_USER_IDS', async () => {
    const sent = bot.fake.slashCommand('admin stats', {}, { userId: '400000000000000002' });
    expect(((await bot.fake.waitForResponse(sent)).body as Body).data?.embeds?.[0]?.description).toMatch(/only Cobridge admins/u);
  });

  it('refuses an admin of another guild', async () => {
    const sent = bot.fake.slashCommand('admin stats', {}, { userId: GUILD_ADMIN_ID });
    expect(((await bot.fake.waitForResponse(sent)).body as Body).data?.embeds?.[0]?.description).toMatch(/only Cobridge admins/u);
  });

  it('defers, then shows the question log statistics to an admin', async () => {
    const sent = bot.fake.slashCommand('admin stats', { days: 7 }, { userId: ADMIN_ID });
    await bot.fake.waitForCall((call) => call.method === 'PATCH' && call.route.includes(sent.token));
    const [deferred, edited] = bot.fake.responsesTo(sent);
    expect(deferred?.body).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(edited?.body).toMatchObject({ allowed_mentions: { parse: [] }, embeds: [{ title: 'Question log statistics' }] });
  });
});

describe('mentions and DMs', () => {
  function replyTo(messageId: string): Promise<DiscordCall> {
    return bot.fake.waitForCall(
      (call) =>
        call.method === 'POST' &&
        (call.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === messageId,
    );
  }

  it('answers a mention with a reply that pings no one', async () => {
    const sent = bot.fake.sendMessage(`<@${bot.fake.identity.botUserId}> who pays injury insurance for a lecturer on leave?`);
    const call = await replyTo(sent.id);
    expect(call.route).toBe(`/channels/${sent.channelId}/messages`);
    expect(call.body).toMatchObject({
      allowed_mentions: { parse: [], replied_user: false },
      embeds: [{ title: 'Work-related injury insurance' }],
    });
  });

  it('answers a DM without a mention', async () => {
    const sent = bot.fake.sendMessage('what does the enterprise pay for a teacher on leave?', { dm: true });
    expect((await replyTo(sent.id)).route).toBe(`/channels/${sent.channelId}/messages`);
  });

  it('ignores other bots and messages that do not mention it', async () => {
    const fromBot = bot.fake.sendMessage(`<@${bot.fake.identity.botUserId}> who pays?`, { bot: true, userId: '500000000000000001' });
    const unaddressed = bot.fake.sendMessage('who pays injury insurance?');
    const marker = bot.fake.sendMessage(`<@${bot.fake.identity.botUserId}> who pays injury insurance?`);
    await replyTo(marker.id);
    const repliedTo = bot.fake.calls.map(
      (call) => (call.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id,
    );
    expect(repliedTo).not.toContain(fromBot.id);
    expect(repliedTo).not.toContain(unaddressed.id);
  });
});
