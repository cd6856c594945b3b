import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openQuestionLog } from '../src/index.js';
import { useTempLog } from './helpers/use-temp-log.js';

const temp = useTempLog();
const fixture = (name: string): string => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

function start(script: string, args: string[]): ChildProcess {
  return fork(fixture(script), args, { silent: true, execArgv: [] });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

// The children import the compiled package, exactly as an app would.
beforeAll(() => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
}, 120_000);

// 1,000 committed writes (each its own transaction) from four processes racing on one file: seconds on a quiet machine,
// far longer on a busy disk; the limit is far above a normal run. The tests assert that no committed row is lost, never speed.
const PROCESS_TEST_LIMIT_MS = 180_000;

describe('durability across processes', () => {
  it(
    'keeps every row when several processes write to one file at once',
    async () => {
      const workers = 4;
      const perWorker = 250;
      const children = Array.from({ length: workers }, (_, w) => start('concurrent-writer.mjs', [temp.path(), `${w}`, `${perWorker}`]));
      const stderr = children.map((child) => {
        let text = '';
        child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
        return () => text;
      });
      // Everyone opens first (racing on creation and migration), then all start writing together.
      await Promise.all(children.map((child) => new Promise((resolve) => child.once('message', resolve))));
      const exits = children.map(exited);
      for (const child of children) child.send('go');

      expect(await Promise.all(exits)).toEqual(children.map(() => ({ code: 0, signal: null })));
      expect(stderr.map((text) => text())).toEqual(children.map(() => ''));
      const db = new Database(temp.path(), { readonly: true });
      const rows = db.prepare('SELECT question FROM questions').pluck().all() as string[];
      db.close();
      const expected = Array.from({ length: workers }, (_, w) => Array.from({ length: perWorker }, (_, i) => `w${w} q${i}`)).flat();
      expect(rows.length).toBe(workers * perWorker);
      expect(new Set(rows)).toEqual(new Set(expected));
    },
    PROCESS_TEST_LIMIT_MS,
  );

  it(
    'recovers every committed row after the writer is killed mid-burst',
    async () => {
      const BURST = 2000;
      const child = start('burst-writer.mjs', [temp.path()]);
      const exit = exited(child);
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.split('\n').length > BURST) child.kill('SIGKILL');
      });
      expect(await exit).toEqual({ code: null, signal: 'SIGKILL' });
      // Only whole lines count: the last one may have been cut by the kill.
      const committed = output.split('\n').slice(0, -1).map(Number);
      expect(committed.length).toBeGreaterThanOrEqual(BURST);
      expect(existsSync(`${temp.path()}-wal`)).toBe(true);

      const log = openQuestionLog({ path: temp.path(), salt: 'fixture-salt' });
      log.close();
      const db = new Database(temp.path(), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(db.prepare('SELECT id FROM questions').pluck().all() as number[]);
      db.close();
      expect(committed.filter((id) => !stored.has(id))).toEqual([]);
    },
    PROCESS_TEST_LIMIT_MS,
  );
});
