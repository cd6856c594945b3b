#!/usr/bin/env node
// Builds every package with turbo and stays silent unless the build fails, so `pnpm start`, `pnpm ask` and
// `pnpm kb` print only what the user asked for. Exits with turbo's code.
import { spawnSync } from 'node:child_process';
import { basename, delimiter, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs the monorepo build; returns true on success and prints turbo's output only on failure. */
export function buildQuietly() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const turbo = fileURLToPath(new URL('../node_modules/.bin/turbo', import.meta.url));
  const result = spawnSync(turbo, ['run', 'build', '--output-logs=errors-only'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: pathWithPnpm(), TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
  if (result.status === 0) return true;
  process.stderr.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.error) process.stderr.write(`${result.error.message}\n`);
  return false;
}

/** PATH with the folder of the pnpm running this script first: turbo looks pnpm up on PATH (`npx pnpm` users). */
function pathWithPnpm() {
  const pnpm = process.env.npm_execpath ?? '';
  return basename(pnpm).startsWith('pnpm') ? `${dirname(pnpm)}${delimiter}${process.env.PATH ?? ''}` : process.env.PATH;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && !buildQuietly()) process.exitCode = 1;
