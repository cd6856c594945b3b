import { buildBlockActions, buildEventCallback, buildSlashCommand, SLACK_TEST_IDS, type SlackRequestSender } from '@cobridge/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpHarness, type Harness } from './harness.js';
import { button, visible } from './slack-json.js';

const PENSION = 'do I keep my pension if I leave to start a company?';
const mention = (text: string, extra: Record<string, unknown> = {}) =>
  buildEventCallback({
    type: 'app_mention',
    user: SLACK_TEST_IDS.user,
    text: `<@${SLACK_TEST_IDS.botUser}> ${text}`,
    ts: '1700000100.000001',
    channel: SLACK_TEST_IDS.channel,
    ...extra,
  });

describe('Slack bot over HTTP (real Bolt, fake Slack)', () => {
  let h: Harness & { sender: SlackRequestSender };
  beforeEach(async () => {
    h = await startHttpHarness();
  });
  afterEach(() => h.close());

  it('answers a mention in a thread with the right facts and the cited clause', async () => {
    expect((await h.sender.event(mention(PENSION))).status).toBe(200);
    const [reply] = h.api.callsTo('chat.postMessage');
    expect(reply?.token).toBe('xoxb-test-only');
    expect(reply?.body).toMatchObject({ channel: SLACK_TEST_IDS.channel, thread_ts: '1700000100.000001' });
    expect(visible(reply?.body ?? {})).toMatch(/social insurance at your original school/);
    expect(visible(reply?.body ?? {})).toContain('clause 3-10');
  });

  it('keeps a reply to a mention inside a thread in that thread', async () => {
    await h.sender.event(mention(PENSION, { ts: '1700000200.000002', thread_ts: '1700000100.000001' }));
    expect(h.api.callsTo('chat.postMessage')[0]?.body.thread_ts).toBe('1700000100.000001');
  });

  it('answers a question containing <!channel> without pinging anyone', async () => {
    await h.sender.event(mention(`<!channel> <!here> <@U0OTHER> ${PENSION}`));
    const body = visible(h.api.callsTo('chat.postMessage')[0]?.body ?? {});
    expect(body).toMatch(/social insurance/);
    expect(body).not.toMatch(/<!channel>|<!here>|<@U0OTHER>/);
  });

  it('answers a direct message in the DM, and ignores bots including itself', async () => {
    const dm = (extra: Record<string, unknown>) =>
      buildEventCallback({
        type: 'message',
        channel_type: 'im',
        channel: SLACK_TEST_IDS.dm,
        text: PENSION,
        ts: '1700000300.000001',
        ...extra,
      });
    await h.sender.event(dm({ user: SLACK_TEST_IDS.user }));
    await h.sender.event(dm({ user: 'U0OTHERBOT', bot_id: 'B0OTHER' }));
    await h.sender.event(dm({ user: SLACK_TEST_IDS.botUser, bot_id: SLACK_TEST_IDS.bot }));
    await h.sender.event(dm({ user: SLACK_TEST_IDS.user, subtype: 'message_changed' }));
    const replies = h.api.callsTo('chat.postMessage');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toMatchObject({ channel: SLACK_TEST_IDS.dm });
    expect(replies[0]?.body.thread_ts).toBeUndefined();
  });

  it('answers /cobridge <question> ephemerally with a share button, and shares it in the channel', async () => {
    const responseUrl = h.api.responseUrl('cmd');
    expect((await h.sender.command(buildSlashCommand({ text: PENSION, responseUrl }))).status).toBe(200);
    const [ephemeral] = h.api.responses;
    expect(ephemeral?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(visible(ephemeral?.body ?? {})).toMatch(/social insurance at your original school/);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(0);

    const share = button(ephemeral?.body.blocks, 'share_answer');
    await h.sender.interaction(buildBlockActions({ actionId: share.action_id, value: share.value, responseUrl, ephemeral: true }));
    const [shared] = h.api.callsTo('chat.postMessage');
    expect(shared?.body).toMatchObject({ channel: SLACK_TEST_IDS.channel });
    expect(visible(shared?.body ?? {})).toContain(`Shared by <@${SLACK_TEST_IDS.user}>`);
    expect(h.api.responses.at(-1)?.body).toEqual({ delete_original: true });
  });

  it.each(['', 'help'])('answers "/cobridge %s" with help and examples', async (text) => {
    await h.sender.command(buildSlashCommand({ text, responseUrl: h.api.responseUrl() }));
    expect(visible(h.api.responses[0]?.body ?? {})).toContain('/cobridge Do I keep my pension');
  });

  it('records a 👍 and updates the message to show it', async () => {
    await h.sender.event(mention(PENSION));
    const answer = h.api.callsTo('chat.postMessage')[0]?.body ?? {};
    const up = button(answer.blocks, 'feedback_up');
    const message = { type: 'message', ts: '1700000000.000001', thread_ts: answer.thread_ts, text: answer.text, blocks: answer.blocks };
    await h.sender.interaction(buildBlockActions({ actionId: up.action_id, value: up.value, responseUrl: h.api.responseUrl(), message }));
    const [update] = h.api.callsTo('chat.update');
    expect(update?.body).toMatchObject({ channel: SLACK_TEST_IDS.channel, ts: '1700000000.000001' });
    expect(visible(update?.body ?? {})).toContain('👍 Thanks, your feedback was recorded.');
    expect(() => button(update?.body.blocks, 'feedback_up')).toThrow();
    expect(h.services.stats()?.feedback.up).toBe(1);
  });

  it('answers a related topic in the same thread', async () => {
    await h.sender.event(mention(PENSION));
    const answer = h.api.callsTo('chat.postMessage')[0]?.body ?? {};
    const related = button(answer.blocks, /^ask_topic:/);
    expect(related.value).toBe('leave.injury-insurance');
    const message = { type: 'message', ts: '1700000000.000001', thread_ts: answer.thread_ts, text: answer.text, blocks: answer.blocks };
    await h.sender.interaction(
      buildBlockActions({ actionId: related.action_id, value: related.value, responseUrl: h.api.responseUrl(), message }),
    );
    const followUp = h.api.callsTo('chat.postMessage')[1];
    expect(followUp?.body).toMatchObject({ channel: SLACK_TEST_IDS.channel, thread_ts: answer.thread_ts });
    expect(visible(followUp?.body ?? {})).toMatch(/injury insurance fees are paid by your own start-up/);
  });

  it('rejects a bad signature and a stale timestamp with 401 and answers nothing', async () => {
    expect((await h.sender.event(mention(PENSION), { signingSecret: 'wrong-secret' })).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 600;
    expect((await h.sender.event(mention(PENSION), { timestamp: stale })).status).toBe(401);
    expect(
      (await h.sender.command(buildSlashCommand({ text: PENSION, responseUrl: h.api.responseUrl() }), { signingSecret: 'x' })).status,
    ).toBe(401);
    expect(h.api.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
    expect(h.api.responses).toEqual([]);
  });

  it('answers a Slack retry of the same event only once', async () => {
    const event = mention(PENSION);
    await h.sender.event(event);
    expect((await h.sender.event(event, { retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
    expect((await h.sender.event(event, { retryNum: 2, retryReason: 'http_timeout' })).status).toBe(200);
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('publishes the Home tab with topics by category and the knowledge version', async () => {
    await h.sender.event(buildEventCallback({ type: 'app_home_opened', user: SLACK_TEST_IDS.user, channel: 'D0HOME', tab: 'home' }));
    const [publish] = h.api.callsTo('views.publish');
    expect(publish?.body.user_id).toBe(SLACK_TEST_IDS.user);
    expect(visible(publish?.body ?? {})).toContain(`Knowledge version ${h.services.advisor().version}`);
    expect(visible(publish?.body ?? {})).toContain('The six cooperation modes');
  });

  it('tells the user something went wrong when replying fails', async () => {
    h.api.failNext(1, { status: 500 }, 'chat.postMessage');
    expect((await h.sender.event(mention(PENSION))).status).toBe(200);
    const [apology] = h.api.callsTo('chat.postEphemeral');
    expect(apology?.body).toMatchObject({ channel: SLACK_TEST_IDS.channel, user: SLACK_TEST_IDS.user });
    expect(visible(apology?.body ?? {})).toContain('something went wrong');
  });
});

describe('Slack bot rate limit', () => {
  it('tells a teacher who asks too fast to slow down once, privately, and answers nothing else in the window', async () => {
    const h = await startHttpHarness({ perMinute: 1 });
    try {
      for (let i = 0; i < 5; i++) await h.sender.event(mention(PENSION, { ts: `1700000300.00000${String(i)}` }));
      expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
      const notices = h.api.callsTo('chat.postEphemeral');
      expect(notices).toHaveLength(1);
      expect(notices[0]?.body).toMatchObject({ user: SLACK_TEST_IDS.user, thread_ts: '1700000300.000001' });
      expect(visible(notices[0]?.body ?? {})).toMatch(/asking faster than I can keep up/);
    } finally {
      await h.close();
    }
  });
});
