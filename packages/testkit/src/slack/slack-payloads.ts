import { randomUUID } from 'node:crypto';
import { SLACK_TEST_IDS } from './slack-test-ids.js';

let triggers = 0;
const nextTriggerId = (): string => `trigger.${String(++triggers)}`;

/** An Events API `event_callback` envelope around `event`, with a fresh (or given) event id. */
export function buildEventCallback(event: Record<string, unknown>, options: { eventId?: string } = {}): Record<string, unknown> {
  return {
    token: 'unused-verification-token',
    type: 'event_callback',
    team_id: SLACK_TEST_IDS.team,
    api_app_id: SLACK_TEST_IDS.app,
    event_id: options.eventId ?? `Ev${randomUUID().replaceAll('-', '').slice(0, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: SLACK_TEST_IDS.team, user_id: SLACK_TEST_IDS.botUser, is_bot: true, is_enterprise_install: false }],
    event: { event_ts: event.ts, ...event },
  };
}

/** Fields of a slash command request (form-encoded over HTTP, an object in Socket Mode). */
export function buildSlashCommand(fields: {
  text: string;
  responseUrl: string;
  command?: string;
  userId?: string;
  channelId?: string;
  /** Slack's unique id of this invocation; a fresh one unless given (a replay repeats it). */
  triggerId?: string;
  /** The workspace the command comes from (the test team unless given). */
  teamId?: string;
}): Record<string, string> {
  return {
    token: 'unused-verification-token',
    team_id: fields.teamId ?? SLACK_TEST_IDS.team,
    api_app_id: SLACK_TEST_IDS.app,
    channel_id: fields.channelId ?? SLACK_TEST_IDS.channel,
    channel_name: 'general',
    user_id: fields.userId ?? SLACK_TEST_IDS.user,
    user_name: 'teacher',
    command: fields.command ?? '/cobridge',
    text: fields.text,
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? nextTriggerId(),
  };
}

/** A `block_actions` payload: one button click (or date pick) on a message, an ephemeral reply, or a view (Home tab or modal). */
export function buildBlockActions(fields: {
  actionId: string;
  value: string;
  /** Makes the action a datepicker pick of this `YYYY-MM-DD` date instead of a button click. */
  selectedDate?: string;
  responseUrl: string;
  blockId?: string;
  userId?: string;
  channelId?: string;
  message?: Record<string, unknown>;
  ephemeral?: boolean;
  /** The view the button sits in; a click with neither message, ephemeral nor view comes from the Home tab. */
  view?: { id: string; type: 'home' | 'modal'; privateMetadata?: string };
}): Record<string, unknown> {
  const channel = fields.channelId ?? SLACK_TEST_IDS.channel;
  const onMessage = fields.message !== undefined || fields.ephemeral === true;
  const view = fields.view ?? (onMessage ? undefined : { id: 'V0HOME', type: 'home' as const });
  const ts = typeof fields.message?.ts === 'string' ? fields.message.ts : undefined;
  return {
    type: 'block_actions',
    team: { id: SLACK_TEST_IDS.team, domain: 'test' },
    user: { id: fields.userId ?? SLACK_TEST_IDS.user, team_id: SLACK_TEST_IDS.team },
    api_app_id: SLACK_TEST_IDS.app,
    token: 'unused-verification-token',
    trigger_id: nextTriggerId(),
    container: onMessage
      ? { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: fields.ephemeral === true }
      : { type: 'view', view_id: view?.id },
    ...(onMessage ? { channel: { id: channel, name: 'general' } } : {}),
    ...(fields.message === undefined ? {} : { message: fields.message }),
    ...(view === undefined ? {} : { view: { id: view.id, type: view.type, blocks: [], private_metadata: view.privateMetadata ?? '' } }),
    response_url: fields.responseUrl,
    actions: [
      {
        action_id: fields.actionId,
        block_id: fields.blockId ?? 'actions',
        action_ts: String(Date.now() / 1000),
        ...(fields.selectedDate === undefined
          ? { type: 'button', value: fields.value, text: { type: 'plain_text', text: 'button' } }
          : { type: 'datepicker', selected_date: fields.selectedDate }),
      },
    ],
  };
}
