import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, startFakeSlackApi, type FakeSlackApi } from '@cobridge/testkit';
import { ROOT } from './docs/documented-commands.js';
import { FAKE_SECRETS } from './support/fake-secrets.js';

// `cobridge start` (what `pnpm start`, the container and the unit run) with both tokens in `.env`: the Slack bot and
// the Discord bot each run in their own process, and a SIGTERM stops both cleanly.
let dir: string;
let slack: FakeSlackApi;
let discord: FakeDiscord;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cobridge-start-'));
  slack = await startFakeSlackApi();
  discord = await FakeDiscord.start();
});
afterAll(async () => {
  await slack.close();
  await discord.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('cobridge start', () => {
  it('runs both bots from the .env settings and stops both on SIGTERM', async () => {
    writeFileSync(
      join(dir, '.env'),
      [
        `SLACK_BOT_TOKEN=${FAKE_SECRETS.slackBotToken}`,
        `SLACK_SIGNING_SECRET=${FAKE_SECRETS.slackSigningSecret}`,
        'SLACK_HOST=127.0.0.1',
        'SLACK_PORT=0',
        `SLACK_API_URL=${slack.url}`,
        `DISCORD_TOKEN=${FAKE_SECRETS.discordToken}`,
        'DISCORD_APPLICATION_ID=100000000000000001',
        `DISCORD_API_URL=${discord.apiUrl}`,
        'COBRIDGE_DB=./data/cobridge.db',
        '',
      ].join('\n'),
    );
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(COBRIDGE_|SLACK_|DISCORD_)/.test(name)));
    const child = spawn(process.execPath, [join(ROOT, 'apps/server/dist/main.js'), 'start'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = once(child, 'exit');
    await once(discord.gateway, 'ready');
    await waitFor(() => stderr.includes('Cobridge is listening to Slack'));
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    // Both processes log their own "stopped" line.
    expect(stderr.match(/"msg":"stopped"/g)).toHaveLength(2);
    for (const secret of Object.values(FAKE_SECRETS)) expect(stderr).not.toContain(secret);
    // Starting two processes on a busy shared machine can take longer than the default 30 s; waitFor gives a minute.
  }, 180_000);
});

/** Polls `condition` every 100 ms, for at most a minute. */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('gave up waiting after a minute');
}
