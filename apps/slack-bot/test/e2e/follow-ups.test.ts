import { buildEventCallback, SLACK_TEST_IDS, type SlackRequestSender } from '@cobridge/testkit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHttpHarness, type Harness } from './harness.js';
import { visible } from './slack-json.js';

const INJURY = 'who pays work-injury insurance while I am away from school?';
const mention = (text: string, ts: string, threadTs?: string) =>
  buildEventCallback({
    type: 'app_mention',
    user: SLACK_TEST_IDS.user,
    text: `<@${SLACK_TEST_IDS.botUser}> ${text}`,
    ts,
    channel: SLACK_TEST_IDS.channel,
    ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
  });
const dm = (text: string, ts: string) =>
  buildEventCallback({ type: 'message', channel_type: 'im', channel: SLACK_TEST_IDS.dm, user: SLACK_TEST_IDS.user, text, ts });

describe('follow-up questions (real Bolt, fake Slack)', () => {
  let h: Harness & { sender: SlackRequestSender };
  beforeEach(async () => {
    h = await startHttpHarness();
  });
  afterEach(() => h.close());

  it('asks with the thread as the conversation for mentions and the DM channel for DMs', async () => {
    const ask = vi.spyOn(h.services, 'ask');
    await h.sender.event(mention(INJURY, '1700000700.000001'));
    await h.sender.event(mention('and if I come back early?', '1700000700.000002', '1700000700.000001'));
    await h.sender.event(dm(INJURY, '1700000700.000003'));
    expect(ask.mock.calls.map(([input]) => input.conversationId)).toEqual([
      `${SLACK_TEST_IDS.channel}:1700000700.000001`,
      `${SLACK_TEST_IDS.channel}:1700000700.000001`,
      SLACK_TEST_IDS.dm,
    ]);
  });

  it('answers "what about the enterprise?" in the same thread from the previous topic, but not in another thread', async () => {
    await h.sender.event(mention(INJURY, '1700000800.000001'));
    await h.sender.event(mention('what about the enterprise?', '1700000800.000002', '1700000800.000001'));
    await h.sender.event(mention('what about the enterprise?', '1700000900.000001'));
    const [first, followUp, elsewhere] = h.api.callsTo('chat.postMessage').map((call) => call.body);
    expect(visible(first ?? {})).toMatch(/start-up, or the enterprise you work for, pays your work-related injury insurance/);
    expect(followUp?.thread_ts).toBe('1700000800.000001');
    expect(visible(followUp ?? {})).toMatch(/Your enterprise .*pays the teacher's work-related injury insurance/);
    expect(elsewhere?.thread_ts).toBe('1700000900.000001');
    // Another thread has no previous question: it is not answered from the first thread's topic.
    expect(visible(elsewhere ?? {})).not.toContain('Work-related injury insurance');
    expect(visible(elsewhere ?? {})).not.toBe(visible(followUp ?? {}));
  });

  it('resolves a follow-up in a DM against the previous question there', async () => {
    await h.sender.event(dm(INJURY, '1700001000.000001'));
    await h.sender.event(dm('what about the enterprise?', '1700001000.000002'));
    expect(visible(h.api.callsTo('chat.postMessage')[1]?.body ?? {})).toMatch(
      /Your enterprise .*pays the teacher's work-related injury insurance/,
    );
  });
});
