import { spawn, type ChildProcess } from 'node:child_process';
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
    writeEnv('100000000000000001');
    const { child, stderr, exited } = startService();
    // A bot that fails at start stops the service: fail at once, with what the processes said.
    const early = exited.then(() => {
      throw new Error(`cobridge start exited before both bots were up:\n${stderr()}`);
    });
    await Promise.race([once(discord.gateway, 'ready'), early]);
    await Promise.race([waitFor(() => stderr().includes('Cobridge is listening to Slack'), stderr), early]);
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    // Both processes log their own "stopped" line.
    expect(stderr().match(/"msg":"stopped"/g)).toHaveLength(2);
    for (const secret of Object.values(FAKE_SECRETS)) expect(stderr()).not.toContain(secret);
    // Starting two processes on a busy shared machine can take longer than the default 30 s; waitFor gives a minute.
  }, 180_000);

  it('stops the Slack bot and exits non-zero when the Discord bot cannot start, so a service manager restarts both', async () => {
    writeEnv('not-a-snowflake');
    const { stderr, exited } = startService();
    const [code] = (await exited) as [number | null];
    expect(code, stderr()).not.toBe(0);
    expect(stderr()).toMatch(/DISCORD_APPLICATION_ID/);
    for (const secret of Object.values(FAKE_SECRETS)) expect(stderr()).not.toContain(secret);
  }, 180_000);
});

/** Starts `cobridge start` in the project folder with only the `.env` settings; its stderr so far, and its exit. */
function startService(): { child: ChildProcess; stderr: () => string; exited: Promise<unknown[]> } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(COBRIDGE_|SLACK_|DISCORD_)/.test(name)));
  const child = spawn(process.execPath, [join(ROOT, 'apps/server/dist/main.js'), 'start'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let said = '';
  child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString('utf8')));
  return { child, stderr: () => said, exited: once(child, 'exit') };
}

/** Writes the project's `.env`: both bots against the local fakes, the Discord bot with this application id. */
function writeEnv(applicationId: string): void {
  writeFileSync(
    join(dir, '.env'),
    [
      `SLACK_BOT_TOKEN=${FAKE_SECRETS.slackBotToken}`,
      `SLACK_SIGNING_SECRET=${FAKE_SECRETS.slackSigningSecret}`,
      'SLACK_HOST=127.0.0.1',
      'SLACK_PORT=0',
      `SLACK_API_URL=${slack.url}`,
      `DISCORD_TOKEN=${FAKE_SECRETS.discordToken}`,
      `DISCORD_APPLICATION_ID=${applicationId}`,
      `DISCORD_API_URL=${discord.apiUrl}`,
      'COBRIDGE_DB=./data/cobridge.db',
      '',
    ].join('\n'),
  );
}

/** Polls `condition` every 100 ms, for at most a minute; the error then carries what `said()` returns. */
async function waitFor(condition: () => boolean, said: () => string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting after a minute:\n${said()}`);
}
