import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '@cobridge/testkit';
import { cleanEnv, runEntry } from './support/run-entry.js';

// One configuration: a filtered run (`pnpm --filter … <script>` runs in the package's folder) reads the project's
// `.env` and keeps its data in the project's data folder, exactly like `pnpm start` from the root.
let project: string;
let fake: FakeDiscord;

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'cobridge-project-'));
  writeFileSync(join(project, 'pnpm-workspace.yaml'), 'packages:\n  - apps/*\n');
  mkdirSync(join(project, 'apps', 'some-app'), { recursive: true });
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
  rmSync(project, { recursive: true, force: true });
});

/** Runs a built entry point from a package folder inside the temporary project (without blocking the fakes). */
async function runFromPackageFolder(entry: string, env: string, input = '', args: string[] = []) {
  writeFileSync(join(project, '.env'), env);
  return runEntry(entry, args, { cwd: join(project, 'apps', 'some-app'), env: cleanEnv, input });
}

describe('the project .env', () => {
  it('is read by register-commands run from a package folder', async () => {
    const result = await runFromPackageFolder(
      'apps/discord-bot/dist/bin/register-commands.js',
      `DISCORD_TOKEN=test-token\nDISCORD_APPLICATION_ID=100000000000000001\nDISCORD_API_URL=${fake.apiUrl}\n`,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Registered 10 commands');
    expect(fake.commands.get('global')).toHaveLength(10);
  });

  it('puts the question log of a run from a package folder in the project data folder, where kb misses reads it', async () => {
    const env = 'COBRIDGE_DB=./data/cobridge.db\n';
    const asked = await runFromPackageFolder('apps/console/dist/main.js', env, 'what is the capital of France?\n');
    expect(asked.status).toBe(0);
    expect(existsSync(join(project, 'data', 'cobridge.db'))).toBe(true);
    expect(existsSync(join(project, 'data', 'cobridge.db.salt'))).toBe(true);
    expect(existsSync(join(project, 'apps', 'some-app', 'data'))).toBe(false);
    const misses = await runFromPackageFolder('apps/kb/dist/main.js', env, '', ['misses']);
    expect(misses.stderr).toBe('');
    expect(misses.stdout).toMatch(/capital of france/i);
  });

  it('names the bad variable and never its value', async () => {
    const env = 'SLACK_BOT_TOKEN=xoxp-not-a-bot-token\nSLACK_SIGNING_SECRET=s3cret-value\n';
    const { status, stderr } = await runFromPackageFolder('apps/slack-bot/dist/main.js', env);
    expect(status).toBe(1);
    expect(stderr).toContain('SLACK_BOT_TOKEN: must be a bot token starting with xoxb-');
    expect(stderr).not.toContain('xoxp-not-a-bot-token');
  });
});
