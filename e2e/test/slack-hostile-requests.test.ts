import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildBlockActions, buildEventCallback, buildSlashCommand, SLACK_TEST_IDS } from '@cobridge/testkit';
import { FAKE_SECRETS } from './support/fake-secrets.js';
import { instrumentServices } from './support/instrument-services.js';
import { startSlackBot, type RunningSlackBot } from './support/slack-bot.js';

const PENSION = 'do I keep my pension if I leave to start a company?';
const ADMIN = 'U0ADMIN';
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
let bot: RunningSlackBot;
let reloads = 0;

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  bot = await startSlackBot({
    perMinute: 3,
    admins: [ADMIN],
    logLevel: 'debug',
    wrap: instrumentServices(FAKE_SECRETS.slackBotToken, () => (reloads += 1)),
  });
  bot.services.logger.info('settings at start', {
    SLACK_BOT_TOKEN: FAKE_SECRETS.slackBotToken,
    SLACK_SIGNING_SECRET: FAKE_SECRETS.slackSigningSecret,
  });
});
afterEach(() => {
  bot.api.calls.length = 0;
  bot.api.responses.length = 0;
});
afterAll(async () => {
  await bot.close();
  process.off('unhandledRejection', onRejection);
});

const mention = (fields: Record<string, unknown>) =>
  buildEventCallback({ type: 'app_mention', channel: SLACK_TEST_IDS.channel, ts: '1700003000.000001', ...fields });
const click = (actionId: string, value: string) =>
  buildBlockActions({ actionId, value, responseUrl: bot.api.responseUrl('click'), ephemeral: true });
const replies = () => [
  ...bot.api.calls.filter((c) => c.method !== 'auth.test').map((c) => JSON.stringify(c.body)),
  ...bot.api.responses.map((r) => JSON.stringify(r.body)),
];

describe('malformed Slack requests through the real Bolt app', () => {
  const cases: [string, () => Promise<{ status: number }>, RegExp | null][] = [
    ['a mention without user or text', () => bot.sender.event(mention({})), null],
    ['a mention whose text is a number', () => bot.sender.event(mention({ user: 'U0A', text: 42 })), /something went wrong/],
    [
      'a DM whose text is null',
      () =>
        bot.sender.event(
          buildEventCallback({ type: 'message', channel_type: 'im', channel: SLACK_TEST_IDS.dm, user: 'U0B', text: null, ts: '1.2' }),
        ),
      /type a question/,
    ],
    ['an event type the bot does not handle', () => bot.sender.event(buildEventCallback({ type: 'reaction_added', user: 'U0C' })), null],
    [
      'a related-topic button naming no topic',
      () => bot.sender.interaction(click('ask_topic:0', 'no.such-topic')),
      /no longer in the knowledge/,
    ],
    ['a show-source button with an empty value', () => bot.sender.interaction(click('show_source', '')), /no longer in the knowledge/],
    ['a share button naming no topic', () => bot.sender.interaction(click('share_answer', '../../etc')), /no longer in the knowledge/],
    [
      'a feedback button whose value is not a record id',
      () => bot.sender.interaction(click('feedback_up', 'abc')),
      /could not record that vote/,
    ],
    [
      'a slash command without text',
      () =>
        bot.sender.command({
          ...buildSlashCommand({ text: '', responseUrl: bot.api.responseUrl('cmd') }),
          text: undefined,
        } as unknown as Record<string, string>),
      /something went wrong|Cobridge answers/,
    ],
    ['a signed body that is not JSON', () => bot.sender.interaction({ nope: true }), null],
  ];
  for (const [name, send, expected] of cases) {
    it(`handles ${name}: ${expected === null ? 'ignored' : `answers ${expected.source}`}`, async () => {
      const reply = await send();
      expect(reply.status).toBeLessThan(500);
      if (expected === null) expect(replies()).toEqual([]);
      else expect(replies().join('\n')).toMatch(expected);
    });
  }

  it('keeps answering afterwards, with no unhandled rejection', async () => {
    await bot.sender.event(mention({ user: 'U0AFTER', text: PENSION }));
    expect(replies().join('\n')).toMatch(/social insurance/);
    expect(rejections).toEqual([]);
  });
});

describe('abuse of the Slack bot', () => {
  it('tells a flooding user once, privately, to slow down while another user is still answered', async () => {
    for (let i = 0; i < 6; i += 1) await bot.sender.event(mention({ user: 'U0FLOOD', text: PENSION, ts: `1700003100.00000${i}` }));
    await bot.sender.event(mention({ user: 'U0CALM', text: PENSION, ts: '1700003200.000001' }));
    const texts = bot.api.callsTo('chat.postMessage').map((c) => JSON.stringify(c.body));
    expect(texts).toHaveLength(4);
    expect(texts.every((t) => /social insurance/.test(t))).toBe(true);
    const notices = bot.api.callsTo('chat.postEphemeral');
    expect(notices.map((c) => c.body.user)).toEqual(['U0FLOOD']);
    expect(JSON.stringify(notices[0]?.body)).toMatch(/asking faster than I can keep up/);
  });

  for (const sub of ['reload', 'stats', 'misses']) {
    it(`refuses /cobridge-admin ${sub} to a non-admin and runs it for an admin`, async () => {
      const before = reloads;
      const admin = (userId: string) =>
        bot.sender.command(buildSlashCommand({ command: '/cobridge-admin', text: sub, userId, responseUrl: bot.api.responseUrl(userId) }));
      await admin('U0NOTADMIN');
      expect(JSON.stringify(bot.api.responses[0]?.body)).toContain('Only Cobridge admins can use this command.');
      expect(reloads).toBe(before);
      await admin(ADMIN);
      const allowed = JSON.stringify(bot.api.responses[1]?.body);
      expect(allowed).not.toContain('Only Cobridge admins');
      expect(allowed).toMatch(
        { reload: /Knowledge reloaded/, stats: /Questions \d{4}/, misses: /missed questions|Questions to turn/i }[sub] as RegExp,
      );
      expect(reloads).toBe(sub === 'reload' ? before + 1 : before);
    });
  }

  it('never writes a token or the signing secret to the log, at start, in settings or in a thrown error', async () => {
    await bot.sender.event(mention({ user: 'U0BOOM', text: 'please explode now' }));
    const log = bot.log.lines.join('');
    expect(log).toContain('handling a Slack request failed');
    expect(log).toContain('[redacted]');
    for (const secret of Object.values(FAKE_SECRETS)) expect(log).not.toContain(secret);
  });
});
