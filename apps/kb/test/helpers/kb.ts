import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_KNOWLEDGE_DIR } from '@cobridge/policy-knowledge';
import { afterAll, beforeAll } from 'vitest';
import { buildOnce } from './build-once.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** What a finished `kb` process printed and returned. */
export interface KbRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the compiled `kb` with `args` (and `input` on stdin), without the caller's COBRIDGE_* settings unless given in `env`. */
export function kb(args: string[], env: Record<string, string> = {}, input = ''): KbRun {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('COBRIDGE_')));
  const result = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env: { ...base, ...env }, input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder for one test file, removed after it. */
export interface TempFolder {
  /** A path inside the temporary folder. */
  path: (...parts: string[]) => string;
  /** Copies the shipped knowledge; English only (without `zh/`) unless `withChinese`, so test topics need no Chinese text. */
  copyKnowledge: (name?: string, withChinese?: boolean) => string;
}

/** Builds `dist/` once, then gives the test file a temporary folder to copy the knowledge into. */
export function useTempFolder(): TempFolder {
  let root = '';
  beforeAll(async () => {
    await buildOnce();
    root = mkdtempSync(join(tmpdir(), 'cobridge-kb-'));
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const path = (...parts: string[]) => join(root, ...parts);
  const copyKnowledge = (name = 'knowledge', withChinese = false) => {
    cpSync(DEFAULT_KNOWLEDGE_DIR, path(name), { recursive: true, filter: (source) => withChinese || !/[\\/]zh$/.test(source) });
    return path(name);
  };
  return { path, copyKnowledge };
}
