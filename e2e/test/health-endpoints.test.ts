import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, startFakeSlackApi, type FakeSlackApi } from '@cobridge/testkit';
import { ROOT } from './docs/documented-commands.js';
import { startSlackChild } from './support/slack-child.js';
import { cleanEnv } from './support/run-entry.js';

// /healthz, /readyz and /metrics: on the Slack HTTP port beside /slack/events, and on COBRIDGE_HEALTH_PORT for
// the Discord bot (and Socket Mode); `cobridge healthcheck` (the container's HEALTHCHECK) reads /readyz.
let dir: string;
let slackApi: FakeSlackApi;
let discord: FakeDiscord;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cobridge-health-e2e-'));
  slackApi = await startFakeSlackApi();
  discord = await FakeDiscord.start();
});
afterAll(async () => {
  await slackApi.close();
  await discord.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Asserts the three endpoints at `base` answer as a ready service does. */
async function expectHealthy(base: string): Promise<void> {
  expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'alive' });
  const ready = await fetch(`${base}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toMatchObject({ status: 'ready', knowledge: expect.stringMatching(/^k-/), database: 'writable' });
  expect(await (await fetch(`${base}/metrics`)).text()).toContain('# TYPE cobridge_questions_total counter');
}

describe('health endpoints', () => {
  it('are served on the Slack HTTP port', async () => {
    const bot = await startSlackChild(slackApi.url, join(dir, 'slack.db'));
    try {
      await expectHealthy(`http://127.0.0.1:${String(bot.port)}`);
    } finally {
      bot.kill();
    }
  });

  it('are served on COBRIDGE_HEALTH_PORT by the Discord bot, and `cobridge healthcheck` reads them', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'apps/discord-bot/dist/main.js')], {
      cwd: dir,
      env: {
        ...cleanEnv,
        DISCORD_TOKEN: 'test-token',
        DISCORD_APPLICATION_ID: '100000000000000001',
        DISCORD_API_URL: discord.apiUrl,
        COBRIDGE_DB: join(dir, 'discord.db'),
        COBRIDGE_HEALTH_PORT: '0',
        COBRIDGE_HEALTH_HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        const match = /"healthPort":(\d+)/.exec(stderr);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', () => reject(new Error(`the bot exited:\n${stderr}`)));
    });
    try {
      await expectHealthy(`http://127.0.0.1:${String(port)}`);
      const check = await new Promise<number | null>((resolve) => {
        const probe = spawn(process.execPath, [join(ROOT, 'apps/server/dist/main.js'), 'healthcheck'], {
          cwd: dir,
          env: { ...cleanEnv, COBRIDGE_HEALTH_PORT: String(port) },
          stdio: 'ignore',
        });
        probe.once('exit', resolve);
      });
      expect(check).toBe(0);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('makes `cobridge healthcheck` fail when nothing answers', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'apps/server/dist/main.js'), 'healthcheck'], {
      cwd: dir,
      env: { ...cleanEnv, COBRIDGE_HEALTH_PORT: '1' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nothing answers on 127.0.0.1:1');
  });
});
