import { describe, expect, it } from 'vitest';
import { buildBlockActions, buildEventCallback, buildSlashCommand } from '../../src/slack/slack-payloads.js';
import { SLACK_TEST_IDS } from '../../src/slack/slack-test-ids.js';

const click = { actionId: 'a', value: 'v', responseUrl: 'http://127.0.0.1/r' };

describe('Slack payload builders', () => {
  it('wraps an event in an event_callback with a fresh event id each time', () => {
    const first = buildEventCallback({ type: 'app_mention', ts: '1.1' });
    const second = buildEventCallback({ type: 'app_mention', ts: '1.1' });
    expect(first).toMatchObject({ type: 'event_callback', team_id: SLACK_TEST_IDS.team, event: { event_ts: '1.1' } });
    expect(first.event_id).not.toBe(second.event_id);
    expect(buildEventCallback({}, { eventId: 'Ev9' }).event_id).toBe('Ev9');
  });

  it('fills a slash command with the default user and channel', () => {
    expect(buildSlashCommand({ text: 'hi', responseUrl: 'http://127.0.0.1/r' })).toMatchObject({
      command: '/cobridge',
      user_id: SLACK_TEST_IDS.user,
      channel_id: SLACK_TEST_IDS.channel,
    });
  });

  it('places a click on a message, an ephemeral reply, a modal or the Home tab', () => {
    const onMessage = buildBlockActions({ ...click, message: { ts: '5.5' } });
    expect(onMessage).toMatchObject({
      container: { type: 'message', message_ts: '5.5', is_ephemeral: false },
      channel: { id: SLACK_TEST_IDS.channel },
    });
    expect(onMessage.view).toBeUndefined();
    expect(buildBlockActions({ ...click, ephemeral: true })).toMatchObject({ container: { is_ephemeral: true } });
    expect(buildBlockActions({ ...click, view: { id: 'V1', type: 'modal' } })).toMatchObject({
      container: { type: 'view', view_id: 'V1' },
      view: { id: 'V1', type: 'modal' },
    });
    const home = buildBlockActions(click);
    expect(home).toMatchObject({ view: { type: 'home' } });
    expect(home.channel).toBeUndefined();
  });
});
