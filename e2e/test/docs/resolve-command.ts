import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, words } from './documented-commands.js';

/** What a documented command turned out to be: a script it runs, or why it runs nothing. */
export type Resolution = { ok: true; script: string; args: string[] } | { ok: true; builtin: string } | { ok: false; reason: string };

const PNPM_BUILTINS = new Set(['install', 'i', 'deploy', 'add', 'exec', 'store']);

function scriptsOf(dir: string): Record<string, string> {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
}

/** Each workspace package's folder by package name. */
function workspacePackages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const group of ['apps', 'packages', 'e2e']) {
    const dirs = group === 'e2e' ? [join(ROOT, 'e2e')] : readdirSync(join(ROOT, group)).map((name) => join(ROOT, group, name));
    for (const dir of dirs) {
      if (!existsSync(join(dir, 'package.json'))) continue;
      found.set((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string }).name, dir);
    }
  }
  return found;
}

/** Resolves `pnpm …`, `npx -y pnpm@x …` or `npm …` to the package script it runs, as pnpm would. */
export function resolveCommand(command: string): Resolution {
  const argv = words(command.replace(/^npx -y pnpm@\S+/, 'pnpm')).filter((word) => word !== '--silent');
  if (argv[0] === 'npm') {
    return argv.join(' ') === 'npm i -g pnpm@12.4.2'
      ? { ok: true, builtin: 'npm i -g' }
      : { ok: false, reason: 'only `npm i -g pnpm@12.4.2` is documented' };
  }
  let dir = ROOT;
  let rest = argv.slice(1);
  if (rest[0] === '--filter' || rest[0] === '-F') {
    const name = rest[1] ?? '';
    const found = workspacePackages().get(name);
    if (!found) return { ok: false, reason: `no workspace package named ${name}` };
    dir = found;
    rest = rest.slice(2);
  }
  const [name = '', ...args] = rest;
  if (PNPM_BUILTINS.has(name)) return { ok: true, builtin: `pnpm ${name}` };
  const script = scriptsOf(dir)[name === 'run' ? (args.shift() ?? '') : name];
  if (!script) return { ok: false, reason: `no script "${name}" in ${dir === ROOT ? 'the root' : dir.slice(ROOT.length)} package.json` };
  return { ok: true, script, args };
}
