import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashCode } from '../../src/code-stamp.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function codeFolder(): string {
  dir = mkdtempSync(join(tmpdir(), 'cobridge-code-'));
  writeFileSync(join(dir, 'a.js'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'b.js'), 'export const b = 2;\n');
  writeFileSync(join(dir, 'b.d.ts'), 'export declare const b: number;\n');
  return dir;
}

describe('the code stamp of a compiled snapshot', () => {
  it('hashes what the code says, not when it was written (a build restored from a cache keeps its snapshot)', () => {
    const folder = codeFolder();
    const before = hashCode(folder);
    utimesSync(join(folder, 'a.js'), new Date(0), new Date(0));
    writeFileSync(join(folder, 'b.js'), 'export const b = 2;\n');
    expect(hashCode(folder)).toBe(before);
  });

  it('changes when any code file changes, and ignores type declarations', () => {
    const folder = codeFolder();
    const before = hashCode(folder);
    writeFileSync(join(folder, 'b.d.ts'), 'export declare const b: 2;\n');
    expect(hashCode(folder)).toBe(before);
    writeFileSync(join(folder, 'b.js'), 'export const b = 3;\n');
    expect(hashCode(folder)).not.toBe(before);
  });
});
