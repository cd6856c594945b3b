import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, silentLogger } from '@cobridge/advisor-runtime';
import { FakeDiscord } from '@cobridge/testkit';

// The built entry point (turbo builds before it tests).
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, exited, stderr: () => stderr };
}

describe('dist/main.js', () => {
  it('logs in, serves a command and exits cleanly on SIGTERM', async () => {
    const bot = run({
      DISCORD_TOKEN: 'test-token',
      DISCORD_APPLICATION_ID: '100000000000000001',
      DISCORD_API_URL: fake.apiUrl,
      COBRIDGE_DB: 'off',
    });
    await once(fake.gateway, 'ready');
    const sent = fake.slashCommand('help');
    expect((await fake.waitForResponse(sent, 15_000)).body).toMatchObject({ type: 4 });
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.stderr()).not.toContain('test-token');
  });

  it('on SIGTERM mid-burst, finishes every question it had received, then exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cobridge-discord-term-'));
    const dbPath = join(dir, 'cobridge.db');
    try {
      const bot = run({
        DISCORD_TOKEN: 'test-token',
        DISCORD_APPLICATION_ID: '100000000000000001',
        DISCORD_API_URL: fake.apiUrl,
        COBRIDGE_DB: dbPath,
        COBRIDGE_RATE_LIMIT: '0',
      });
      await once(fake.gateway, 'ready');
      const sent = Array.from({ length: 300 }, (_, i) => fake.slashCommand('ask', { question: `who pays injury insurance? ${String(i)}` }));
      await fake.waitForResponse(sent[20] as (typeof sent)[number], 60_000);
      bot.child.kill('SIGTERM');
      expect(await bot.exited, bot.stderr().slice(-2000)).toBe(0);
      // A late /ask is deferred first; the deferral acknowledges it, the edit that fills it in answers it.
      expect(sent.filter((interaction) => fake.answersShown(interaction).length > 1)).toEqual([]);
      const services = await createServices({ platform: 'discord', dbPath, logger: silentLogger });
      expect(services.inbox.recover('discord', 60 * 60_000)).toEqual({ pending: [], missed: 0 });
      await services.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('refuses to start without its settings, naming each missing variable', async () => {
    const bot = run({ DISCORD_APPLICATION_ID: 'abc' });
    expect(await bot.exited).toBe(2);
    expect(bot.stderr()).toContain('DISCORD_TOKEN: is missing');
    expect(bot.stderr()).toContain('DISCORD_APPLICATION_ID: must be a Discord id');
  });
});
