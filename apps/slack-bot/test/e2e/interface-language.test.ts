import { buildBlockActions, buildEventCallback, buildSlashCommand, SLACK_TEST_IDS, type SlackRequestSender } from '@cobridge/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpHarness, type Harness } from './harness.js';
import { button, visible } from './slack-json.js';

const ZH_USER = 'U0ZHCN';
const PENSION = 'do I keep my pension if I leave to start a company?';

describe('Slack interface strings in the user’s Slack language (real Bolt, fake Slack)', () => {
  let h: Harness & { sender: SlackRequestSender };
  beforeEach(async () => {
    h = await startHttpHarness({ perMinute: 2 });
    h.api.setUserLocale(ZH_USER, 'zh-CN');
  });
  afterEach(() => h.close());

  const command = (user: string, id: string) =>
    h.sender.command(buildSlashCommand({ text: 'help', userId: user, responseUrl: h.api.responseUrl(id) }));
  const mention = (user: string, ts: string) =>
    h.sender.event(
      buildEventCallback({
        type: 'app_mention',
        user,
        text: `<@${SLACK_TEST_IDS.botUser}> ${PENSION}`,
        ts,
        channel: SLACK_TEST_IDS.channel,
      }),
    );

  it('shows help in Chinese to a zh-CN user and in English to an en-US one, asking users.info once per user', async () => {
    await command(ZH_USER, 'zh-1');
    await command(ZH_USER, 'zh-2');
    await command(SLACK_TEST_IDS.user, 'en-1');
    const [first, second, english] = h.api.responses;
    for (const chinese of [first, second]) {
      expect(visible(chinese?.body ?? {})).toContain('Cobridge：面向教师的政策解答');
      expect(visible(chinese?.body ?? {})).toContain('可以这样问');
      expect(visible(chinese?.body ?? {})).toContain('我离岗创业的话，养老保险还能保留吗？');
    }
    expect(visible(english?.body ?? {})).toContain('Try asking');
    expect(visible(english?.body ?? {})).not.toMatch(/\p{Script=Han}/u);
    const lookups = h.api.callsTo('users.info');
    expect(lookups.map((call) => call.body.user)).toEqual([ZH_USER, SLACK_TEST_IDS.user]);
    expect(lookups.every((call) => String(call.body.include_locale) === 'true')).toBe(true);
  });

  it('answers an English question in English with Chinese buttons, and slows a zh-CN user down in Chinese', async () => {
    await mention(ZH_USER, '1700000500.000001');
    const answer = visible(h.api.callsTo('chat.postMessage')[0]?.body ?? {});
    expect(answer).toMatch(/social insurance at your original school/);
    expect(answer).toContain('👍 有帮助');
    expect(answer).toContain('知识库版本');
    await mention(ZH_USER, '1700000500.000002');
    await mention(ZH_USER, '1700000500.000003');
    const notice = visible(h.api.callsTo('chat.postEphemeral')[0]?.body ?? {});
    expect(notice).toMatch(/您提问太快了.*秒后再问/u);
    expect(h.api.callsTo('users.info')).toHaveLength(1);
  });

  it('shows a zh-CN user the Home tab and the vote confirmation in Chinese', async () => {
    await h.sender.event(buildEventCallback({ type: 'app_home_opened', user: ZH_USER, tab: 'home' }));
    const home = visible(h.api.callsTo('views.publish')[0]?.body ?? {});
    expect(home).toContain('Cobridge：校企合作政策');
    expect(home).toContain('看看我是否符合条件');
    expect(home).toContain('您享有的权益');
    await mention(ZH_USER, '1700000600.000001');
    const answer = h.api.callsTo('chat.postMessage')[0]?.body ?? {};
    const up = button(answer.blocks, 'feedback_up');
    const message = { type: 'message', ts: '1700000600.000002', thread_ts: answer.thread_ts, text: answer.text, blocks: answer.blocks };
    await h.sender.interaction(
      buildBlockActions({ actionId: up.action_id, value: up.value, userId: ZH_USER, responseUrl: h.api.responseUrl(), message }),
    );
    expect(visible(h.api.callsTo('chat.update')[0]?.body ?? {})).toContain('👍 谢谢，您的反馈已记录。');
    expect(h.api.callsTo('users.info')).toHaveLength(1);
  });

  it('greets a zh-CN user in the assistant panel in Chinese, with Chinese suggested questions and status', async () => {
    const thread = '1700000700.000001';
    const assistantThread = {
      user_id: ZH_USER,
      context: { channel_id: SLACK_TEST_IDS.channel },
      channel_id: SLACK_TEST_IDS.dm,
      thread_ts: thread,
    };
    await h.sender.event(buildEventCallback({ type: 'assistant_thread_started', assistant_thread: assistantThread, event_ts: thread }));
    const [prompts] = await h.api.waitForCalls('assistant.threads.setSuggestedPrompts');
    expect(prompts?.body.title).toBe('可以这样问');
    expect(String(prompts?.body.prompts)).toContain('我离岗创业的话，养老保险还能保留吗？');
    expect(visible(h.api.callsTo('chat.postMessage')[0]?.body ?? {})).toContain('您好！');
    const question = { type: 'message', channel: SLACK_TEST_IDS.dm, channel_type: 'im', user: ZH_USER, thread_ts: thread };
    await h.sender.event(buildEventCallback({ ...question, text: '离岗创业期间社保怎么办？', ts: '1700000700.000002' }));
    const [status] = await h.api.waitForCalls('assistant.threads.setStatus');
    expect(status?.body.status).toBe('正在查阅指导意见……');
    expect(visible(h.api.callsTo('chat.postMessage')[1]?.body ?? {})).toMatch(/社会保险.*有帮助/su);
  });
});
