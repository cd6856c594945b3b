import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordOrigin } from '@cobridge/testkit';
import { startBot, type RunningBot } from './start-bot.js';

interface Body {
  data?: {
    embeds?: { title?: string; description?: string; footer?: { text: string }; fields?: { name: string; value: string }[] }[];
    components?: { components: { custom_id?: string; label?: string }[] }[];
  };
}

const CHINESE: DiscordOrigin = { locale: 'zh-CN' };
let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot({ perMinute: 2 });
});
afterAll(async () => {
  await bot?.stop();
});

async function command(name: string, options: Record<string, string> = {}, origin: DiscordOrigin = {}): Promise<Body> {
  return (await bot.fake.waitForResponse(bot.fake.slashCommand(name, options, origin))).body as Body;
}

const labels = (body: Body): string[] => (body.data?.components ?? []).flatMap((row) => row.components.map((c) => c.label ?? ''));

describe('the interface language follows the Discord client’s locale', () => {
  it('shows /help in Chinese to a zh-CN client and in English to an en-US one', async () => {
    const chinese = (await command('help', {}, CHINESE)).data?.embeds?.[0];
    expect(chinese?.title).toBe('Cobridge：校企合作政策指导');
    expect(chinese?.fields?.map((field) => field.name)).toEqual(['我能回答的内容', '命令', '可以这样问']);
    expect(chinese?.fields?.[0]?.value).toMatch(/个话题/u);
    const traditional = (await command('help', {}, { locale: 'zh-TW', userId: '300000000000000077' })).data?.embeds?.[0];
    expect(traditional?.title).toBe(chinese?.title);
    const english = (await command('help', {}, { userId: '300000000000000078' })).data?.embeds?.[0];
    expect(english?.fields?.map((field) => field.name)).toEqual(['What I cover', 'Commands', 'Try asking']);
  });

  it('labels the buttons and footer of an English answer in Chinese for a zh-CN client; the answer stays English', async () => {
    const body = await command('ask', { question: 'who pays work injury insurance for a teacher on leave?' }, CHINESE);
    const embed = body.data?.embeds?.[0];
    expect(embed?.description).toMatch(/injury insurance/u);
    expect(labels(body)).toEqual(expect.arrayContaining(['有帮助', '没有帮助']));
    expect(embed?.footer?.text).toMatch(/面向企业的表述 · 知识库版本 /u);
  });

  it('tells a zh-CN client to slow down in Chinese', async () => {
    const origin = { ...CHINESE, userId: '300000000000000079' };
    for (let i = 0; i < 2; i += 1) await command('glossary', { term: 'bianzhi' }, origin);
    const limited = (await command('glossary', { term: 'bianzhi' }, origin)).data?.embeds?.[0];
    expect(limited?.description).toMatch(/^您提问太快了.*秒后再问。$/u);
  });

  it('answers a command or topic it does not know in the client’s language', async () => {
    const unknown = (await command('nope', {}, { ...CHINESE, userId: '300000000000000080' })).data?.embeds?.[0];
    expect(unknown?.description).toBe('抱歉，我不认识这个命令。试试 `/help`。');
    const topic = (await command('topic', { name: 'xylophone' }, { ...CHINESE, userId: '300000000000000081' })).data?.embeds?.[0];
    expect(topic?.description).toMatch(/^抱歉，没有叫这个名字的话题。/u);
  });
});
