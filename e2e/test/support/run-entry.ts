import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { ROOT } from '../docs/documented-commands.js';

/** The environment without any Cobridge, Slack or Discord setting, so a test's own settings are the only ones. */
export const cleanEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(COBRIDGE_|SLACK_|DISCORD_)/.test(name)),
);

/** Runs a built entry point of the repository (without blocking the fakes); resolves with its exit code and output. */
export async function runEntry(entry: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; input?: string }) {
  const child = spawn(process.execPath, [join(ROOT, entry), ...args], { cwd: options.cwd, env: options.env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end(options.input ?? '');
  const [status] = (await once(child, 'exit')) as [number | null];
  return { status, stdout, stderr };
}
