import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentInteraction } from '@cobridge/testkit';
import { startBot, type RunningBot } from './start-bot.js';

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
}
interface Component {
  custom_id?: string;
  label?: string;
  options?: { value: string }[];
  max_values?: number;
}
interface Body {
  type?: number;
  data?: { embeds?: Embed[]; components?: { components: Component[] }[]; choices?: { name: string; value: string }[]; flags?: number };
}

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

async function bodyOf(sent: SentInteraction): Promise<Body> {
  return (await bot.fake.waitForResponse(sent)).body as Body;
}

function components(body: Body): Component[] {
  return (body.data?.components ?? []).flatMap((row) => row.components);
}

describe('/check', () => {
  it('walks to a verdict through button clicks, each step replacing the last, and cites every clause used', async () => {
    const first = await bodyOf(bot.fake.slashCommand('check'));
    expect(first.data?.flags).toBe(64);
    expect(first.data?.embeds?.[0]?.description).toContain('Which of these describes you?');
    const pick = async (body: Body, label: string) => {
      const chosen = components(body).find((c) => c.label === label);
      expect(chosen?.custom_id?.length).toBeLessThanOrEqual(100);
      return bodyOf(bot.fake.clickButton(chosen?.custom_id as string));
    };
    const second = await pick(first, 'Professional or technical staff of a university or scientific research institute');
    expect(second.type).toBe(7);
    expect(second.data?.embeds?.[0]?.fields?.[0]?.name).toBe('Your answers');
    const third = await pick(second, 'Leave my post to start a company');
    expect(third.data?.embeds?.[0]?.description).toContain('scientific and technological enterprise');
    const verdict = await pick(third, 'Yes');
    const embed = verdict.data?.embeds?.[0];
    expect(embed?.title).toBe('Eligible under the guidance’s conditions');
    expect(embed?.fields?.map((f) => f.name)).toEqual([
      'Your answers',
      'Source: clause 3-2 (section 3)',
      'Source: clause 3-6 (section 3)',
      'Source: clause 3-19 (section 3)',
    ]);
    expect(components(verdict).map((c) => c.custom_id)).toEqual(['chk:start']);
  });

  it('says what a "not sure" answer depends on', async () => {
    let body = await bodyOf(bot.fake.slashCommand('check'));
    for (const index of [1, 0, 2]) body = await bodyOf(bot.fake.clickButton(components(body)[index]?.custom_id as string));
    expect(body.data?.embeds?.[0]?.title).toBe(
      "It depends on whether the enterprise's business field is similar to that of your institution",
    );
  });
});

describe('/timeline', () => {
  it('gives the retention end and what can happen before, with clauses', async () => {
    const embed = (await bodyOf(bot.fake.slashCommand('timeline', { start: '2025-09-01' }))).data?.embeds?.[0];
    expect(embed?.title).toBe('Leave timeline from 2025-09-01');
    expect(embed?.fields?.[0]?.name).toBe('Retained up to 2028-09-01');
    expect(embed?.fields?.[0]?.value).toMatch(/Source: clause 3-19/u);
    expect(embed?.fields?.find((f) => f.name.endsWith('Return early'))?.value).toMatch(/Source: clause 3-21/u);
  });

  it('answers an impossible date with a clear private message', async () => {
    const body = await bodyOf(bot.fake.slashCommand('timeline', { start: '2025-02-30' }));
    expect(body.data?.flags).toBe(64);
    expect(body.data?.embeds?.[0]?.description).toMatch(/^2025-02-30 is not a real date: February 2025 has 28 days\.\n\n\*\*When does/u);
  });
});

describe('/find-modes', () => {
  it('offers the needs in a multi-select and answers the chosen ones with modes, why and clause', async () => {
    const picker = await bodyOf(bot.fake.slashCommand('find-modes'));
    const menu = components(picker)[0];
    expect(menu?.max_values).toBe(6);
    const result = await bodyOf(bot.fake.selectMenu(menu?.custom_id as string, ['stable-employment', 'staff-training']));
    const fields = result.data?.embeds?.[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['Order-based training']));
    for (const field of fields) expect(`${field.name}\n${field.value}`).toMatch(/Source: clause/u);
  });
});

describe('/obligations', () => {
  it('shows the checklist for a situation with the enterprise items first', async () => {
    const fields =
      (await bodyOf(bot.fake.slashCommand('obligations', { situation: 'leave-post-company' }))).data?.embeds?.[0]?.fields ?? [];
    expect(fields[0]?.name).toBe('The enterprise');
    expect(fields.slice(1).some((f) => f.name === 'The enterprise')).toBe(false);
    expect(fields[0]?.value).toMatch(/Source: clause/u);
  });

  it('keeps the enterprise duties without a situation and adds the situation picker', async () => {
    const body = await bodyOf(bot.fake.slashCommand('obligations'));
    expect(body.data?.embeds?.[0]?.title).toBe('What an enterprise must do');
    expect(components(body).map((c) => c.custom_id)).toEqual(['pick:e', 'ob']);
  });
});

describe('/glossary', () => {
  it('autocompletes over terms and everyday words, then answers with the definition and clause', async () => {
    const choices = (await bodyOf(bot.fake.autocomplete('glossary', { name: 'term', value: 'bianzhi' }))).data?.choices;
    expect(choices).toEqual([{ name: 'total staffing (employment total)', value: 'total-staffing' }]);
    const embed = (await bodyOf(bot.fake.slashCommand('glossary', { term: 'total-staffing' }))).data?.embeds?.[0];
    expect(embed?.title).toBe('total staffing (employment total)');
    expect(embed?.fields?.map((f) => f.name)).toContain('Source: clause 3-22 (section 3)');
  });
});

describe('free text and follow-ups', () => {
  it('offers the eligibility check on "can I leave my job to start a company?", and the button starts it', async () => {
    const answer = await bodyOf(bot.fake.slashCommand('ask', { question: 'can I leave my job to start a company?' }));
    const offer = components(answer)[0];
    expect(offer).toMatchObject({ custom_id: 'chk:start', label: 'Check my eligibility' });
    const started = await bodyOf(bot.fake.clickButton('chk:start'));
    expect(started.type).toBe(4);
    expect(started.data?.embeds?.[0]?.title).toBe('Eligibility check');
  });

  it('resolves "what about the enterprise?" against the previous topic in the same channel', async () => {
    const userId = '400000000000000077';
    const first = await bodyOf(bot.fake.slashCommand('ask', { question: 'can a teacher work part-time at our company?' }, { userId }));
    const topic = first.data?.embeds?.[0]?.title;
    expect(topic).toBeDefined();
    const followUp = await bodyOf(bot.fake.slashCommand('ask', { question: 'what about the enterprise?' }, { userId }));
    expect(followUp.data?.embeds?.[0]?.title).toBe(topic);
    const stranger = await bodyOf(
      bot.fake.slashCommand('ask', { question: 'what about the enterprise?' }, { userId: '400000000000000078' }),
    );
    expect(stranger.data?.embeds?.[0]?.title).not.toBe(topic);
  });

  it('resolves a follow-up in a DM against the previous question of that DM', async () => {
    const replyTo = async (id: string) =>
      (await bot.fake.waitForCall((c) => (c.body as { message_reference?: { message_id?: string } })?.message_reference?.message_id === id))
        .body as Body['data'];
    const first = await replyTo(bot.fake.sendMessage('can a teacher work part-time at our company?', { dm: true }).id);
    const followUp = await replyTo(bot.fake.sendMessage('what about the enterprise?', { dm: true }).id);
    expect(followUp?.embeds?.[0]?.title).toBe(first?.embeds?.[0]?.title);
  });
});

describe('the tools in Chinese', () => {
  const zh = { locale: 'zh-CN' };

  it('gives a zh-CN client the timeline in Chinese, each item citing its clause in Chinese', async () => {
    const embed = (await bodyOf(bot.fake.slashCommand('timeline', { start: '2025-09-01' }, zh))).data?.embeds?.[0];
    expect(embed?.title).toBe('自 2025-09-01 起的离岗时间线');
    expect(embed?.fields?.[0]?.name).toBe('保留至 2028-09-01');
    expect(embed?.fields?.[0]?.value).toMatch(/-# 来源：第 3-19 条（第 3 节）$/u);
  });

  it('keeps a zh-TW client’s mode finder in Chinese from the needs menu to the modes', async () => {
    const picker = await bodyOf(bot.fake.slashCommand('find-modes', {}, { locale: 'zh-TW' }));
    const menu = components(picker)[0];
    expect(menu?.custom_id).toBe('zh/fm');
    const result = await bodyOf(bot.fake.selectMenu(menu?.custom_id as string, ['technical-support']));
    const embed = result.data?.embeds?.[0];
    expect(embed?.title).toBe('满足您需求的合作模式');
    expect(embed?.fields?.map((f) => f.name).slice(0, 2)).toEqual(['共建师资队伍', '大众创业、万众创新']);
  });

  it('answers a situation or a term typed in Chinese in Chinese, whatever the client’s language', async () => {
    const checklist = (await bodyOf(bot.fake.slashCommand('obligations', { situation: '教师离岗创业' }))).data?.embeds?.[0];
    expect(checklist?.title).toBe('教师离岗创业');
    expect(checklist?.fields?.[0]?.name).toBe('企业');
    const term = (await bodyOf(bot.fake.slashCommand('glossary', { term: '编制' }))).data?.embeds?.[0];
    expect(term?.title).toBe('岗位总量');
    expect(term?.fields?.map((f) => f.name)).toContain('引用：第 3 节，第 3-22 条（原文为英文）');
    const choices = (await bodyOf(bot.fake.autocomplete('glossary', { name: 'term', value: '岗位' }, zh))).data?.choices;
    expect(choices).toEqual([{ name: '岗位总量', value: 'total-staffing' }]);
  });

  it('runs the check in Chinese for a zh-CN client through its buttons', async () => {
    const first = await bodyOf(bot.fake.slashCommand('check', {}, zh));
    expect(first.data?.embeds?.[0]?.title).toBe('资格检查');
    const click = async (body: Body, label: string) => {
      const chosen = components(body).find((c) => c.label === label);
      expect(chosen?.custom_id).toMatch(/^zh\/chk:/u);
      return bodyOf(bot.fake.clickButton(chosen?.custom_id as string));
    };
    const way = await click(first, '其他事业单位的技术人员');
    const condition = await click(way, '在岗创业：不离开岗位，创办公司');
    const verdict = (await click(condition, '是')).data?.embeds?.[0];
    expect(verdict?.title).toBe('按照指导意见的条件，符合要求');
    expect(verdict?.fields?.[0]?.name).toBe('您的回答');
  });

  it('offers the timeline under a Chinese question and gives it in Chinese to an en-US client', async () => {
    const answer = await bodyOf(bot.fake.slashCommand('ask', { question: '我2025年9月1日开始离岗，什么时候必须回来？' }));
    const offer = components(answer)[0];
    expect(offer?.custom_id).toBe('zh/tl:2025-09-01');
    const timeline = (await bodyOf(bot.fake.clickButton(offer?.custom_id as string))).data?.embeds?.[0];
    expect(timeline?.title).toBe('自 2025-09-01 起的离岗时间线');
  });
});
