import { buildEventCallback, buildSlashCommand, SLACK_TEST_IDS, type SlackRequestSender } from '@cobridge/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpHarness, type Harness } from './harness.js';
import { visible } from './slack-json.js';

const ADMIN = 'U0ADMIN';

describe('/cobridge-admin', () => {
  let h: Harness & { sender: SlackRequestSender };
  beforeEach(async () => {
    h = await startHttpHarness({ admins: [ADMIN] });
  });
  afterEach(() => h.close());

  const admin = (text: string, userId: string) =>
    h.sender.command(buildSlashCommand({ command: '/cobridge-admin', text, userId, responseUrl: h.api.responseUrl() }));

  it('refuses anyone who is not an admin', async () => {
    await admin('stats', SLACK_TEST_IDS.user);
    expect(visible(h.api.responses[0]?.body ?? {})).toContain('Only Cobridge admins');
  });

  it("refuses an admin's user id coming from another workspace", async () => {
    await h.sender.command(
      buildSlashCommand({
        command: '/cobridge-admin',
        text: 'stats',
        userId: ADMIN,
        teamId: 'T0ELSEWHERE',
        responseUrl: h.api.responseUrl(),
      }),
    );
    expect(visible(h.api.responses[0]?.body ?? {})).toContain('Only Cobridge admins');
  });

  it('shows an admin the statistics and the missed questions, escaped', async () => {
    await h.sender.event(
      buildEventCallback({
        type: 'app_mention',
        user: SLACK_TEST_IDS.user,
        text: 'what is <!channel> the weather on mars',
        ts: '1.1',
        channel: 'C1',
      }),
    );
    await admin('stats', ADMIN);
    await admin('misses', ADMIN);
    await admin('nonsense', ADMIN);
    const [stats, misses, usage] = h.api.responses.map((r) => visible(r.body));
    expect(stats).toMatch(/Questions .* 1/);
    expect(misses).toContain('weather on mars');
    expect(misses).not.toContain('<!channel>');
    expect(usage).toContain('Usage: /cobridge-admin stats | misses | sources | reload');
  });
});
