import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));
const POLL_MS = 200;

/**
 * Compiles `dist/` once per test run. Test files run in parallel workers that share one vitest parent process;
 * the first to create the lock folder compiles, the others wait for its verdict, so no test runs against
 * half-written output.
 */
export async function buildOnce(): Promise<void> {
  const lock = join(tmpdir(), `cobridge-kb-test-build-${process.ppid}`);
  const verdict = join(lock, 'verdict');
  try {
    mkdirSync(lock);
  } catch {
    for (;;) {
      const text = readVerdict(verdict);
      if (text === 'ok') return;
      if (text !== undefined) throw new Error(`building kb failed in another test worker:\n${text}`);
      await sleep(POLL_MS);
    }
  }
  try {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: PACKAGE_DIR, encoding: 'utf8' });
    writeFileSync(verdict, 'ok');
  } catch (error) {
    const output = (error as { stdout?: string }).stdout ?? String(error);
    writeFileSync(verdict, output || 'tsc failed');
    throw error;
  }
}

function readVerdict(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
