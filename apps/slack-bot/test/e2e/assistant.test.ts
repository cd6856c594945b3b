import { buildBlockActions, buildEventCallback, SLACK_TEST_IDS, type FakeSlackApi } from '@cobridge/testkit';
import { ASSISTANT_WORDING, EXAMPLE_QUESTIONS } from '@cobridge/reply';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_THREAD_TITLE } from '../../src/listeners/assistant.js';
import { startHttpHarness, startSocketHarness, type Harness } from './harness.js';
import { button, visible } from './slack-json.js';

const THREAD = '1700000300.000001';
const PENSION = 'do I keep my pension if I leave to start a company?';

const threadStarted = () =>
  buildEventCallback({
    type: 'assistant_thread_started',
    assistant_thread: {
      user_id: SLACK_TEST_IDS.user,
      context: { channel_id: SLACK_TEST_IDS.channel },
      channel_id: SLACK_TEST_IDS.dm,
      thread_ts: THREAD,
    },
    event_ts: THREAD,
  });

const inThread = (text: string, ts: string) =>
  buildEventCallback({
    type: 'message',
    channel: SLACK_TEST_IDS.dm,
    channel_type: 'im',
    user: SLACK_TEST_IDS.user,
    text,
    ts,
    thread_ts: THREAD,
  });

/** A running bot and its transport's way of delivering an Events API body or a button click to it. */
interface Running {
  h: Harness;
  deliver(body: Record<string, unknown>): Promise<void>;
  click(payload: Record<string, unknown>): Promise<void>;
}

const TRANSPORTS = {
  http: async () => {
    const h = await startHttpHarness();
    return {
      h,
      deliver: async (body: Record<string, unknown>) => void (await h.sender.event(body)),
      click: async (payload: Record<string, unknown>) => void (await h.sender.interaction(payload)),
    };
  },
  'socket mode': async () => {
    const h = await startSocketHarness();
    return {
      h,
      deliver: async (body: Record<string, unknown>) => void (await h.socket.send('events_api', body)),
      click: async (payload: Record<string, unknown>) => void (await h.socket.send('interactive', payload)),
    };
  },
} satisfies Record<string, () => Promise<Running>>;

const bodies = (api: FakeSlackApi, method: string) => api.callsTo(method).map((call) => call.body);

describe.each(Object.entries(TRANSPORTS))('Slack assistant panel over %s (real Bolt, fake Slack)', (_name, start) => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('greets a new thread and suggests the teachers’ example questions', async () => {
    const running = await start();
    h = running.h;
    await running.deliver(threadStarted());
    const [prompts] = await running.h.api.waitForCalls('assistant.threads.setSuggestedPrompts');
    expect(prompts?.body).toMatchObject({ channel_id: SLACK_TEST_IDS.dm, thread_ts: THREAD, title: ASSISTANT_WORDING.promptsTitle });
    // The Web API client sends arrays form-encoded as JSON.
    expect(JSON.parse(String(prompts?.body.prompts))).toEqual(
      EXAMPLE_QUESTIONS.teacher.map((e) => ({ title: e.title, message: e.question })),
    );
    const [greeting] = bodies(running.h.api, 'chat.postMessage');
    expect(greeting).toMatchObject({ channel: SLACK_TEST_IDS.dm, thread_ts: THREAD });
    expect(visible(greeting ?? {})).toContain(ASSISTANT_WORDING.greeting);
  });

  it('titles the thread from the first question, shows a status, answers with clauses, records a 👍 and follows up', async () => {
    const running = await start();
    h = running.h;
    await running.deliver(inThread(PENSION, '1700000300.000002'));
    const [answer] = await running.h.api.waitForCalls('chat.postMessage');
    const titles = bodies(running.h.api, 'assistant.threads.setTitle');
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatchObject({ channel_id: SLACK_TEST_IDS.dm, thread_ts: THREAD, title: PENSION });
    expect(bodies(running.h.api, 'assistant.threads.setStatus')[0]).toMatchObject({ thread_ts: THREAD, status: ASSISTANT_WORDING.status });
    expect(answer?.body).toMatchObject({ channel: SLACK_TEST_IDS.dm, thread_ts: THREAD });
    expect(visible(answer?.body ?? {})).toContain('clause 3-10');
    const up = button(answer?.body.blocks, 'feedback_up');
    const message = { type: 'message', ts: '1700000000.000002', thread_ts: THREAD, text: 'answer', blocks: answer?.body.blocks };
    await running.click(
      buildBlockActions({
        actionId: up.action_id,
        value: up.value,
        responseUrl: running.h.api.responseUrl('vote'),
        channelId: SLACK_TEST_IDS.dm,
        message,
      }),
    );
    const [thanks] = await running.h.api.waitForCalls('chat.update');
    expect(visible(thanks?.body ?? {})).toContain('👍 Thanks, your feedback was recorded.');
    expect(running.h.services.stats()?.feedback.up).toBe(1);

    await running.deliver(inThread('and if I come back early?', '1700000300.000003'));
    const [, followUp] = await running.h.api.waitForCalls('chat.postMessage', 2);
    expect(followUp?.body).toMatchObject({ thread_ts: THREAD });
    expect(visible(followUp?.body ?? {})).toMatch(/return/i);
    // The thread keeps its first title; each question shows the status again.
    expect(bodies(running.h.api, 'assistant.threads.setTitle')).toHaveLength(1);
    expect(bodies(running.h.api, 'assistant.threads.setStatus')).toHaveLength(2);
  });

  it('cuts a long first question to a short plain title and still answers when Slack refuses the title', async () => {
    const running = await start();
    h = running.h;
    running.h.api.failNext(1, { status: 500 }, 'assistant.threads.setTitle');
    await running.deliver(inThread(`<!channel> ${'why '.repeat(100)}`, '1700000300.000004'));
    const [reply] = await running.h.api.waitForCalls('chat.postMessage');
    const [title] = bodies(running.h.api, 'assistant.threads.setTitle');
    expect(String(title?.title).length).toBeLessThanOrEqual(MAX_THREAD_TITLE);
    expect(String(title?.title)).not.toContain('<!channel>');
    expect(visible(reply?.body ?? {})).not.toContain('<!channel>');
  });
});
