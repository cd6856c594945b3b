#!/usr/bin/env node
// Builds only when needed: when a package's compiled output or the trained model is missing, or a source file is
// newer than the output. Nothing changed → a few milliseconds of file checks, so `pnpm start`, `pnpm ask` and
// `pnpm kb` start at once. Knowledge edits need no build: the apps validate and load them at start-up and reload.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildQuietly } from './build-quietly.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];
// Written after every successful build: turbo replays cached outputs without touching them, so a build whose
// packages all came from the cache still leaves a mark newer than the sources it checked.
const STAMP = join(ROOT, 'node_modules', '.cache', 'cobridge-built');

/** Marks the build as done now (called after `pnpm build` and after a build this script started). */
export function stampBuild() {
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

/** Newest modification time (ms) of a file or of every file under a folder; 0 when it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** The packages whose compiled output is stale or missing, by folder (empty when everything is built). */
export function stalePackages(root = ROOT) {
  const stale = [];
  const shared = newest(join(root, 'tsconfig.base.json'));
  const stamped = root === ROOT ? newest(STAMP) : 0;
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group))) {
      const dir = join(root, group, name);
      if (!existsSync(join(dir, 'tsconfig.build.json'))) continue;
      const built = Math.max(newest(join(dir, 'dist')), existsSync(join(dir, 'dist')) ? stamped : 0);
      const source = Math.max(shared, ...INPUTS.map((input) => newest(join(dir, input))));
      if (built === 0 || source > built) stale.push(`${group}/${name}`);
    }
  }
  if (!existsSync(join(root, 'packages/policy-knowledge/model/model.json'))) stale.push('packages/policy-knowledge (model)');
  return stale;
}

/** Builds the monorepo when stalePackages finds anything; returns false when that build failed. */
export function ensureBuilt() {
  const stale = stalePackages();
  if (stale.length === 0) return true;
  process.stderr.write(`Building Cobridge (${stale.join(', ')} changed or not built yet; the first build takes a few minutes)…\n`);
  if (!buildQuietly()) return false;
  stampBuild();
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--stamp')) stampBuild();
  else if (!ensureBuilt()) process.exitCode = 1;
}
