import { buildBlockActions, SLACK_TEST_IDS, type SlackRequestSender } from '@cobridge/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpHarness, type Harness } from './harness.js';
import { button, visible } from './slack-json.js';

describe('Home tab, topic modals and sources', () => {
  let h: Harness & { sender: SlackRequestSender };
  beforeEach(async () => {
    h = await startHttpHarness();
  });
  afterEach(() => h.close());

  const click = (actionId: string, value: string, extra: Partial<Parameters<typeof buildBlockActions>[0]> = {}) =>
    h.sender.interaction(buildBlockActions({ actionId, value, responseUrl: h.api.responseUrl(), ...extra }));

  it('opens a topic from the Home tab as a modal with its answer', async () => {
    await click('home_topic:3', 'leave.social-insurance');
    const [open] = h.api.callsTo('views.open');
    expect(open?.body).toMatchObject({ trigger_id: expect.stringMatching(/^trigger\.\d+$/), view: { type: 'modal' } });
    expect(visible(open?.body ?? {})).toMatch(/social insurance at your original school/);
  });

  it('answers a related topic clicked inside a modal by updating that modal', async () => {
    await click('ask_topic:0', 'leave.injury-insurance', { view: { id: 'V0MODAL', type: 'modal' } });
    const [update] = h.api.callsTo('views.update');
    expect(update?.body.view_id).toBe('V0MODAL');
    expect(visible(update?.body ?? {})).toMatch(/injury insurance/);
  });

  it('shows every cited clause in full behind "Show source"', async () => {
    const overview = h.services.advisor().topicAnswer('modes.overview', 'teacher');
    expect(overview?.citations.length).toBeGreaterThan(10);
    await click('show_source', 'modes.overview', { message: { type: 'message', ts: '1700000000.000001' } });
    const [open] = h.api.callsTo('views.open');
    for (const citation of overview?.citations ?? []) expect(visible(open?.body ?? {})).toContain(`clause ${citation.clause}`);
    await click('show_source', 'modes.overview', { view: { id: 'V0MODAL', type: 'modal' } });
    expect(h.api.callsTo('views.push')).toHaveLength(1);
  });

  it('answers a related topic clicked on an ephemeral reply with another ephemeral reply', async () => {
    await click('ask_topic:0', 'leave.injury-insurance', { ephemeral: true });
    const [reply] = h.api.responses;
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(() => button(reply?.body.blocks, 'share_answer')).not.toThrow();
    expect(h.api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('says so when a button names a topic that no longer exists', async () => {
    await click('ask_topic:0', 'gone.topic', { message: { type: 'message', ts: '1.1' }, channelId: SLACK_TEST_IDS.channel });
    expect(visible(h.api.responses[0]?.body ?? {})).toContain('no longer in the knowledge');
  });
});
