import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi } from '../../src/slack/fake-slack-api.js';
import { SLACK_TEST_IDS } from '../../src/slack/slack-test-ids.js';

const callApi = async (api: FakeSlackApi, method: string, form: Record<string, string>) => {
  const response = await fetch(`${api.url}${method}`, {
    method: 'POST',
    headers: { authorization: 'Bearer test-bot-token', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
};

describe('fake Slack Web API', () => {
  let api: FakeSlackApi;
  beforeEach(async () => {
    api = await startFakeSlackApi();
  });
  afterEach(() => api.close());

  it('answers auth.test with the bot identity and records the bearer token', async () => {
    const { json } = await callApi(api, 'auth.test', {});
    expect(json).toMatchObject({ ok: true, user_id: SLACK_TEST_IDS.botUser, bot_id: SLACK_TEST_IDS.bot });
    expect(api.callsTo('auth.test')[0]?.token).toBe('test-bot-token');
  });

  it('records chat.postMessage with its blocks decoded and answers a fresh ts each time', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }];
    const first = await callApi(api, 'chat.postMessage', { channel: 'C1', text: 'hi', blocks: JSON.stringify(blocks) });
    const second = await callApi(api, 'chat.postMessage', { channel: 'C1', text: 'again' });
    expect(first.json.ok).toBe(true);
    expect(first.json.ts).not.toBe(second.json.ts);
    expect(api.callsTo('chat.postMessage')[0]?.body).toEqual({ channel: 'C1', text: 'hi', blocks });
  });

  it('lists the posts of a thread or a channel with their metadata, as conversations.replies / history', async () => {
    const metadata = JSON.stringify({ event_type: 'cobridge_answer', event_payload: { inbox_key: 'event:E1' } });
    await callApi(api, 'chat.postMessage', { channel: 'C1', text: 'in thread', thread_ts: '1.1', metadata });
    await callApi(api, 'chat.postMessage', { channel: 'C1', text: 'elsewhere', thread_ts: '2.2' });
    const replies = await callApi(api, 'conversations.replies', { channel: 'C1', ts: '1.1' });
    expect(replies.json.messages).toEqual([
      expect.objectContaining({ text: 'in thread', metadata: JSON.parse(metadata), bot_id: SLACK_TEST_IDS.bot }),
    ]);
    expect((await callApi(api, 'conversations.history', { channel: 'C1' })).json.messages).toHaveLength(2);
  });

  it('holds a method until released, and records the call when it is answered', async () => {
    const release = api.hold('chat.postMessage');
    const pending = callApi(api, 'chat.postMessage', { channel: 'C1', text: 'held' });
    await callApi(api, 'auth.test', {});
    expect(api.callsTo('chat.postMessage')).toHaveLength(0);
    release();
    expect((await pending).json.ok).toBe(true);
    expect(api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it.each(['chat.postEphemeral', 'chat.update', 'views.publish', 'views.open', 'views.push', 'views.update'])(
    'answers %s with ok',
    async (method) => {
      const { json } = await callApi(api, method, { channel: 'C1', ts: '1.2', view: '{"type":"home","blocks":[]}' });
      expect(json.ok).toBe(true);
    },
  );

  it('refuses methods it does not know', async () => {
    const { json } = await callApi(api, 'chat.delete', {});
    expect(json).toEqual({ ok: false, error: 'unknown_method' });
  });

  it('hands out the Socket Mode URL from apps.connections.open once one is set', async () => {
    expect((await callApi(api, 'apps.connections.open', {})).json.ok).toBe(false);
    api.setConnectionsOpenUrl('ws://127.0.0.1:1/link');
    expect((await callApi(api, 'apps.connections.open', {})).json).toEqual({ ok: true, url: 'ws://127.0.0.1:1/link' });
  });

  it('answers 429 with Retry-After, then 500, for exactly the injected number of calls', async () => {
    api.failNext(1, { status: 429, retryAfterSeconds: 7 });
    api.failNext(1, { status: 500 });
    const limited = await callApi(api, 'chat.postMessage', { channel: 'C1' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await callApi(api, 'chat.postMessage', { channel: 'C1' })).status).toBe(500);
    expect((await callApi(api, 'chat.postMessage', { channel: 'C1' })).status).toBe(200);
    expect(api.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 500, 200]);
  });

  it('injects a failure only into the named method', async () => {
    api.failNext(1, { status: 500 }, 'chat.update');
    expect((await callApi(api, 'chat.postMessage', { channel: 'C1' })).status).toBe(200);
    expect((await callApi(api, 'chat.update', { channel: 'C1' })).status).toBe(500);
  });

  it('collects JSON posted to a response_url', async () => {
    const waiting = api.waitForResponses(1);
    await fetch(api.responseUrl('cmd-1'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', text: 'hi' }),
    });
    expect(await waiting).toEqual([{ id: 'cmd-1', body: { response_type: 'ephemeral', text: 'hi' } }]);
  });

  it('waits for calls that arrive later and gives up with a clear error', async () => {
    const waiting = api.waitForCalls('chat.update', 1);
    await callApi(api, 'chat.update', { channel: 'C1', ts: '1.1' });
    expect((await waiting)[0]?.body).toMatchObject({ ts: '1.1' });
    await expect(api.waitForCalls('views.open', 1, 50)).rejects.toThrow(/timed out waiting for views.open/);
  });
});
