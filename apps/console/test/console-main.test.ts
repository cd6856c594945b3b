import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const mainBin = fileURLToPath(new URL('../dist/main.js', import.meta.url));

describe('console advisor (piped input)', () => {
  it('answers piped questions and ends at end of input', () => {
    const result = spawnSync(process.execPath, [mainBin], {
      input: 'how long can I keep my personnel relationship?\nwhat is the capital of France?\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/three years/i);
    expect(result.stdout).toMatch(/I don't know/);
    expect(result.stdout.trimEnd().endsWith('Goodbye.')).toBe(true);
  });

  it('stops at quit without reading further', () => {
    const result = spawnSync(process.execPath, [mainBin], {
      input: 'quit\nwho pays injury insurance?\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/injury insurance/i);
  });
});
