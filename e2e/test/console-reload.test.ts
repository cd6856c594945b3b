import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '@cobridge/policy-knowledge';
import { ROOT } from './docs/documented-commands.js';

// The console reloads edited knowledge like the bots: a running session shows an edited title without a restart.
const dir = mkdtempSync(join(tmpdir(), 'cobridge-console-reload-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the console', () => {
  it('serves an edited knowledge file without a restart', async () => {
    const knowledgeDir = join(dir, 'knowledge');
    cpSync(DEFAULT_KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(COBRIDGE_|SLACK_|DISCORD_)/.test(name)));
    const child = spawn(process.execPath, [join(ROOT, 'apps/console/dist/main.js')], {
      cwd: dir,
      env: { ...env, COBRIDGE_KNOWLEDGE_DIR: knowledgeDir },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    try {
      child.stdin.write('topics\n');
      await waitFor(() => stdout.includes('Social insurance (pension) while on leave'));
      const file = join(knowledgeDir, 'topics', 'leave.social-insurance.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          'title: Social insurance (pension) while on leave',
          'title: Pension and social insurance on leave',
        ),
      );
      // Ask until the reload (debounced, then loaded in a worker) has swapped the new version in.
      await waitFor(() => {
        child.stdin.write('topics\n');
        return stdout.includes('Pension and social insurance on leave');
      });
    } finally {
      child.stdin.end('quit\n');
      await once(child, 'exit');
    }
    expect(stdout).toContain('Pension and social insurance on leave');
  });
});

/** Polls `condition` every half second, for at most two minutes (a limit far above a normal reload). */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('gave up waiting after two minutes');
}
