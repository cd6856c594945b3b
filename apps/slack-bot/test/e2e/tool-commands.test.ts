import { buildBlockActions, buildEventCallback, buildSlashCommand, SLACK_TEST_IDS, type SlackRequestSender } from '@cobridge/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpHarness, type Harness } from './harness.js';
import { button, visible } from './slack-json.js';

describe('/cobridge tools (real Bolt, fake Slack)', () => {
  let h: Harness & { sender: SlackRequestSender };
  beforeEach(async () => {
    h = await startHttpHarness();
  });
  afterEach(() => h.close());

  /** Runs `/cobridge <text>` and returns the ephemeral reply. */
  async function cobridge(text: string) {
    const before = h.api.responses.length;
    await h.sender.command(buildSlashCommand({ text, responseUrl: h.api.responseUrl() }));
    const reply = h.api.responses[before]?.body ?? {};
    expect(reply).toMatchObject({ response_type: 'ephemeral' });
    return reply;
  }

  it('shows the leave timeline with the retention end and each clause', async () => {
    const reply = visible(await cobridge('timeline 2025-09-01'));
    expect(reply).toContain('Retained up to 2028-09-01');
    expect(reply).toContain('Return early');
    for (const clause of ['3-19', '3-20', '3-21', '3-22']) expect(reply).toContain(`clause ${clause}*`);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it.each([
    ['2025-02-30', 'February 2025 has 28 days'],
    ['tomorrow', 'not a date in the form YYYY-MM-DD'],
  ])('explains why "timeline %s" cannot be used and asks for the date again', async (date, why) => {
    const reply = await cobridge(`timeline ${date}`);
    expect(visible(reply)).toContain(why);
    expect(JSON.stringify(reply)).toContain('"type":"datepicker"');
  });

  it('finds the cooperation modes for named needs, and offers the needs when none is named', async () => {
    const modes = visible(await cobridge('modes technical support'));
    expect(modes).toContain("Co-building the teachers' team");
    expect(modes).toContain('clause 4.1-1*');
    const picker = await cobridge('modes a better coffee machine');
    const need = button(picker.blocks, /^modes:/);
    await h.sender.interaction(
      buildBlockActions({ actionId: need.action_id, value: need.value, responseUrl: h.api.responseUrl(), ephemeral: true }),
    );
    expect(h.api.responses.at(-1)?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visible(h.api.responses.at(-1)?.body ?? {})).toContain('Cooperation modes for your needs');
  });

  it('shows the obligations checklist, teacher first, and a situation picker when none matches', async () => {
    const checklist = visible(await cobridge('obligations a teacher leaving the post to start a company'));
    expect(checklist.indexOf('*The teacher*')).toBeLessThan(checklist.indexOf('*The school*'));
    expect(checklist).toContain('clause 3-17*');
    const picker = await cobridge('obligations something unusual');
    expect(button(picker.blocks, /^obligations:/).value).toBe('hiring-post-leaver');
  });

  it('explains a glossary term with its clause, and lists the whole glossary', async () => {
    const term = visible(await cobridge('glossary bianzhi'));
    expect(term).toContain('total staffing');
    expect(term).toContain('clause 3-22*');
    expect(visible(await cobridge('glossary'))).toContain('professional title');
  });

  it('lists the tools in help and on the Home tab, and opens a tool from Home in a modal', async () => {
    expect(visible(await cobridge('help'))).toContain('/cobridge timeline 2025-09-01');
    await h.sender.event(buildEventCallback({ type: 'app_home_opened', user: SLACK_TEST_IDS.user, tab: 'home' }));
    const home = h.api.callsTo('views.publish')[0]?.body.view as { blocks: unknown };
    const glossary = button(home.blocks, /^glossary:/);
    await h.sender.interaction(
      buildBlockActions({ actionId: glossary.action_id, value: glossary.value, responseUrl: h.api.responseUrl() }),
    );
    expect(visible(h.api.callsTo('views.open')[0]?.body ?? {})).toContain('Glossary');
  });

  it('offers the leave timeline in a DM, asks for the date with a picker and posts the timeline', async () => {
    const dm = buildEventCallback({
      type: 'message',
      channel_type: 'im',
      channel: SLACK_TEST_IDS.dm,
      user: SLACK_TEST_IDS.user,
      text: 'when must I come back from leave?',
      ts: '1700000600.000001',
    });
    await h.sender.event(dm);
    const answer = h.api.callsTo('chat.postMessage')[0]?.body ?? {};
    const offer = button(answer.blocks, 'timeline_open');
    expect(visible(answer)).toContain('Show my leave timeline');
    const message = { type: 'message', ts: '1700000600.000002', blocks: answer.blocks };
    const click = { responseUrl: h.api.responseUrl(), message, channelId: SLACK_TEST_IDS.dm };
    await h.sender.interaction(buildBlockActions({ actionId: offer.action_id, value: offer.value, ...click }));
    expect(visible(h.api.callsTo('chat.postMessage')[1]?.body ?? {})).toContain('"action_id":"timeline_date"');
    await h.sender.interaction(buildBlockActions({ actionId: 'timeline_date', value: '', selectedDate: '2024-02-29', ...click }));
    const timeline = h.api.callsTo('chat.postMessage')[2]?.body ?? {};
    expect(timeline).toMatchObject({ channel: SLACK_TEST_IDS.dm });
    expect(visible(timeline)).toContain('Retained up to 2027-02-28');
  });
});

describe('/cobridge tools in Chinese (real Bolt, fake Slack)', () => {
  let h: Harness & { sender: SlackRequestSender };
  beforeEach(async () => {
    h = await startHttpHarness();
    h.api.setUserLocale('U0ZHCN', 'zh-CN');
  });
  afterEach(() => h.close());

  async function cobridge(text: string, userId: string = SLACK_TEST_IDS.user) {
    const before = h.api.responses.length;
    await h.sender.command(buildSlashCommand({ text, userId, responseUrl: h.api.responseUrl() }));
    return h.api.responses[before]?.body ?? {};
  }

  it('answers a tool in Chinese to a zh-CN user, and keeps Chinese through the picker it shows', async () => {
    const timeline = visible(await cobridge('timeline 2025-09-01', 'U0ZHCN'));
    expect(timeline).toContain('*保留至 2028-09-01*');
    expect(timeline).toContain('*2028-09-01 之前：提前返岗*');
    expect(timeline).not.toContain('Retained up to');
    const picker = await cobridge('modes', 'U0ZHCN');
    expect(visible(picker)).toContain('贵企业希望从与学校的合作中得到什么？');
    const need = button(picker.blocks, /^modes:/);
    await h.sender.interaction(
      buildBlockActions({ actionId: need.action_id, value: need.value, responseUrl: h.api.responseUrl(), ephemeral: true }),
    );
    const modes = visible(h.api.responses.at(-1)?.body ?? {});
    expect(modes).toContain('满足您需求的合作模式');
    expect(modes).toContain('订单式培养');
  });

  it('answers in Chinese when the words typed into a tool are Chinese, whatever the user’s language', async () => {
    const term = visible(await cobridge('glossary 编制'));
    expect(term).toContain('岗位总量');
    expect(term).toContain('一个单位可以聘用的人员总数');
    const checklist = visible(await cobridge('obligations 我们要聘用离岗创业的老师'));
    expect(checklist).toContain('聘用离岗教师或与其合作');
    expect(checklist.indexOf('*教师*')).toBeLessThan(checklist.indexOf('*企业*'));
  });

  it('offers the timeline under a Chinese question in a DM and gives it in Chinese', async () => {
    const dm = { type: 'message', channel_type: 'im', channel: SLACK_TEST_IDS.dm, user: SLACK_TEST_IDS.user };
    await h.sender.event(buildEventCallback({ ...dm, text: '我2025年9月1日开始离岗，什么时候必须回来？', ts: '1700000800.000001' }));
    const answer = h.api.callsTo('chat.postMessage')[0]?.body ?? {};
    const offer = button(answer.blocks, 'timeline_open');
    expect(offer.value).toBe('zh/2025-09-01');
    const message = { type: 'message', ts: '1700000800.000002', blocks: answer.blocks };
    await h.sender.interaction(
      buildBlockActions({
        actionId: offer.action_id,
        value: offer.value,
        responseUrl: h.api.responseUrl(),
        message,
        channelId: SLACK_TEST_IDS.dm,
      }),
    );
    const timeline = visible(h.api.callsTo('chat.postMessage')[1]?.body ?? {});
    expect(timeline).toContain('自 2025-09-01 起的离岗时间线');
    expect(timeline).toContain('保留至 2028-09-01');
  });
});

describe('/cobridge tools under abuse', () => {
  it('strips NUL and bidirectional overrides before echoing, and shares the question rate limit', async () => {
    const h = await startHttpHarness({ perMinute: 2 });
    try {
      const send = (text: string) => h.sender.command(buildSlashCommand({ text, responseUrl: h.api.responseUrl() }));
      await send('glossary \u0000\u202Enot a term\u202C\u2066');
      const echoed = JSON.stringify(h.api.responses[0]?.body);
      expect(echoed).toContain('not a term');
      expect(echoed).not.toMatch(/\\u0000|\u202E|\u202C|\u2066/);
      await send('timeline 2025-09-01');
      await send('modes technical support');
      await send('obligations');
      expect(h.api.responses).toHaveLength(3);
      expect(visible(h.api.responses[2]?.body ?? {})).toMatch(/asking faster than I can keep up/);
    } finally {
      await h.close();
    }
  });
});
