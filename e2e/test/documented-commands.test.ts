import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandsIn, documentedCommands, ROOT, words } from './docs/documented-commands.js';
import { resolveCommand } from './docs/resolve-command.js';

// Every command the README and docs/ show must be real: each resolves to a script of the right package (or to a
// pnpm/npm built-in), each `kb` subcommand exists, and the ones that need no platform run and succeed as written.
const commands = documentedCommands();
const scratch = mkdtempSync(join(tmpdir(), 'cobridge-docs-'));
const emptyEnvFile = join(scratch, 'empty.env');
writeFileSync(emptyEnvFile, '');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `node scripts/cobridge.mjs …` from the root, as the root scripts do, with no settings from this machine. */
function runCobridge(args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(COBRIDGE_|SLACK_|DISCORD_)/.test(name)));
  return spawnSync(process.execPath, ['scripts/cobridge.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...env, COBRIDGE_ENV_FILE: emptyEnvFile, COBRIDGE_DB: 'off' },
  });
}

describe('documented commands', () => {
  it('finds the commands of the README and the guides', () => {
    expect(commands.length).toBeGreaterThan(30);
    expect(commandsIn('```sh\n$ pnpm a && pnpm b   # why\n```\nand `pnpm c "x y"`')).toEqual(['pnpm a', 'pnpm b', 'pnpm c "x y"']);
  });

  it.each(commands.map((c) => [c.file, c.command]))('%s: `%s` runs a real script', (_file, command) => {
    const resolved = resolveCommand(command);
    expect(resolved, command).toMatchObject({ ok: true });
  });

  const kbCommands = [
    ...new Set(
      commands.flatMap(({ command }) => {
        const resolved = resolveCommand(command);
        if (!resolved.ok || !('script' in resolved) || !resolved.script.includes('cobridge.mjs kb')) return [];
        const name = resolved.args[0];
        return name && /^[a-z][a-z-]*$/.test(name) ? [name] : [];
      }),
    ),
  ];

  it.each(kbCommands)('`pnpm kb %s` is a kb command', (name) => {
    const result = runCobridge(name === 'help' ? ['kb', 'help'] : ['kb', 'help', name]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  const runnable = [...new Set(commands.map((c) => c.command))].filter((command) => {
    const argv = words(command.replace(/^npx -y pnpm@\S+/, 'pnpm'));
    const safe = ['ask', 'kb'].includes(argv.find((w) => !w.startsWith('-') && w !== 'pnpm') ?? '');
    const readOnly = !/\b(new-topic|build|eval|backup|misses)\b/.test(command);
    return safe && readOnly && !/[<>|[\]…]/.test(command) && command.includes('"');
  });

  it('runs the documented questions and read-only kb commands', () => {
    expect(runnable.length).toBeGreaterThan(2);
    for (const command of runnable) {
      const resolved = resolveCommand(command);
      if (!resolved.ok || !('script' in resolved)) throw new Error(`unresolved: ${command}`);
      const scriptArgs = words(resolved.script).slice(2);
      const result = runCobridge([...scriptArgs, ...resolved.args]);
      expect(result.status, `${command}\n${result.stderr}`).toBe(0);
      expect(result.stdout.length, command).toBeGreaterThan(20);
    }
  });
});
