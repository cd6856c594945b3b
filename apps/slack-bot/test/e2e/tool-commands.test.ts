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
