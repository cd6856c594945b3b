import { buildBlockActions, buildEventCallback, buildSlashCommand, SLACK_TEST_IDS, type FakeSocketMode } from '@cobridge/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSocketHarness, type Harness } from './harness.js';
import { button, visible } from './slack-json.js';

const PENSION = 'do I keep my pension if I leave to start a company?';

describe('Slack bot over Socket Mode (real Bolt, fake Slack)', () => {
  let h: Harness & { socket: FakeSocketMode };
  beforeEach(async () => {
    h = await startSocketHarness();
  });
  afterEach(() => h.close());

  it('opens the connection with the app token', () => {
    expect(h.api.callsTo('apps.connections.open')[0]?.token).toBe('xapp-test-only');
  });

  it('acks a mention and answers it in a thread, once even when the envelope is retried', async () => {
    const event = buildEventCallback({
      type: 'app_mention',
      user: SLACK_TEST_IDS.user,
      text: `<@${SLACK_TEST_IDS.botUser}> ${PENSION}`,
      ts: '1700000100.000001',
      channel: SLACK_TEST_IDS.channel,
    });
    expect(await h.socket.send('events_api', event)).toMatchObject({ envelope_id: 'env-1' });
    const [reply] = await h.api.waitForCalls('chat.postMessage');
    expect(reply?.body).toMatchObject({ channel: SLACK_TEST_IDS.channel, thread_ts: '1700000100.000001' });
    expect(visible(reply?.body ?? {})).toContain('clause 3-10');

    await h.socket.send('events_api', event, { retryAttempt: 1 });
    await h.socket.send('events_api', buildEventCallback({ type: 'app_home_opened', user: SLACK_TEST_IDS.user, tab: 'home' }));
    await h.api.waitForCalls('views.publish');
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a slash command ephemerally and records a 👎 from its buttons', async () => {
    const responseUrl = h.api.responseUrl('cmd');
    const ack = await h.socket.send('slash_commands', buildSlashCommand({ text: PENSION, responseUrl }));
    expect(ack.envelope_id).toBe('env-1');
    const [ephemeral] = await h.api.waitForResponses(1);
    expect(ephemeral?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(visible(ephemeral?.body ?? {})).toMatch(/social insurance at your original school/);

    const down = button(ephemeral?.body.blocks, 'feedback_down');
    const message = { type: 'message', ts: '1700000000.000009', text: 'answer', blocks: ephemeral?.body.blocks };
    await h.socket.send(
      'interactive',
      buildBlockActions({ actionId: down.action_id, value: down.value, responseUrl, message, ephemeral: true }),
    );
    const [, replaced] = await h.api.waitForResponses(2);
    expect(replaced?.body).toMatchObject({ replace_original: true });
    expect(visible(replaced?.body ?? {})).toContain('👎 Thanks, your feedback was recorded.');
    expect(h.services.stats()?.feedback.down).toBe(1);
  });
});
