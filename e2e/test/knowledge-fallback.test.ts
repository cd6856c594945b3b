import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '@cobridge/policy-knowledge';
import { createSlackRequestSender, startFakeSlackApi, type FakeSlackApi } from '@cobridge/testkit';
import { FAKE_SECRETS } from './support/fake-secrets.js';
import { loadMention } from './support/slack-events.js';
import { startSlackChild } from './support/slack-child.js';
import { cleanEnv, runEntry } from './support/run-entry.js';

// Never down because of knowledge: right after `kb new-topic` (a template that is not valid yet), `ask`, the
// console and a freshly started bot answer from the last good version and name the problems.
let dir: string;
let knowledgeDir: string;
let api: FakeSlackApi;

/** Runs a built entry point with the temporary knowledge folder; resolves with its exit code and output. */
async function run(entry: string, args: string[], input = '') {
  return runEntry(entry, args, { cwd: dir, env: { ...cleanEnv, COBRIDGE_KNOWLEDGE_DIR: knowledgeDir, COBRIDGE_DB: 'off' }, input });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cobridge-fallback-'));
  knowledgeDir = join(dir, 'knowledge');
  cpSync(DEFAULT_KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  api = await startFakeSlackApi();
  const created = await run('apps/kb/dist/main.js', ['new-topic', 'needs.talent-cost']);
  expect(created.status, created.stderr).toBe(0);
}, 120_000);
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a half-written new topic', () => {
  it('does not block ask: it answers from the last good version and names the errors', async () => {
    const result = await run('apps/console/dist/ask.js', ['do I keep my pension if I leave to start a company?']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/social insurance/i);
    expect(result.stderr).toContain('WARNING: the knowledge files have');
    expect(result.stderr).toContain('topics/needs.talent-cost.yaml');
  });

  it('gets a clean report from `pnpm kb validate`: its own lines only, no build-tool output', async () => {
    const result = await run('scripts/cobridge.mjs', ['kb', 'validate']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('The knowledge is invalid: 5 problems in 1 file.');
    for (const line of lines.slice(0, -2)) expect(line).toMatch(/^topics\/needs\.talent-cost\.yaml:\d+:\d+ \w+: /);
  });

  it('does not block the console', async () => {
    const result = await run('apps/console/dist/main.js', [], 'how long can I keep my personnel relationship?\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/three years/i);
    expect(result.stderr).toContain('topics/needs.talent-cost.yaml');
  });

  it('does not stop a bot from starting: it serves the last good version and logs the problems loudly', async () => {
    const bot = await startSlackChild(api.url, 'off', { COBRIDGE_KNOWLEDGE_DIR: knowledgeDir });
    try {
      expect(bot.stderr()).toContain('KNOWLEDGE HAS');
      expect(bot.stderr()).toContain('topics/needs.talent-cost.yaml');
      const sender = createSlackRequestSender(`http://127.0.0.1:${String(bot.port)}/slack/events`, FAKE_SECRETS.slackSigningSecret);
      expect((await sender.event(loadMention(0, 1))).status).toBe(200);
      const [post] = await api.waitForCalls('chat.postMessage', 1, 30_000);
      expect(JSON.stringify(post?.body)).toMatch(/social insurance/i);
    } finally {
      bot.kill();
    }
  });
});
