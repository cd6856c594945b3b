import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'cobridge-salt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const module = fileURLToPath(new URL('../dist/installation-salt.js', import.meta.url));

/** The salt a fresh process reads or makes for `dbPath`, all of them starting to at the same moment `at`. */
function saltInAnotherProcess(dbPath: string, at: number): Promise<string> {
  const wait = `while (Date.now() < ${at});`;
  const salt = `process.stdout.write(m.installationSalt(${JSON.stringify(dbPath)}));`;
  const code = `import(${JSON.stringify(module)}).then((m) => { ${wait} ${salt} })`;
  const child = spawn(process.execPath, ['-e', code]);
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return new Promise((resolve, reject) =>
    child.on('exit', (status) => (status === 0 ? resolve(out) : reject(new Error(`exit ${status}`)))),
  );
}

describe('installationSalt', () => {
  it('gives every process starting at once on a new data folder the same salt, written whole', async () => {
    const dbPath = join(dir, 'data', 'cobridge.db');
    // Loaded first, then all at once: the moment both bots of `cobridge start` reach it on a new data folder.
    const at = Date.now() + 2_000;
    const salts = await Promise.all(Array.from({ length: 6 }, () => saltInAnotherProcess(dbPath, at)));
    expect(new Set(salts).size).toBe(1);
    expect(salts[0]).toMatch(/^[0-9a-f]{48}$/);
    expect(readFileSync(`${dbPath}.salt`, 'utf8')).toBe(salts[0]);
    expect(readdirSync(join(dir, 'data')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
