import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's code folder: `dist/` when run by node, `src/` under vitest. */
const CODE_DIR = dirname(fileURLToPath(import.meta.url));
/** Written by the package build beside the compiled code, so a start reads one small file instead of hashing them all. */
const STAMP_FILE = join(CODE_DIR, 'code-stamp.txt');

let memo: string | undefined;

/** A content hash of every code file under `dir` (names and bytes), whatever their modification times. */
export function hashCode(dir: string = CODE_DIR): string {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.[jt]s$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => file.split('\\').join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(dir, file)))
      .update('\n');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Identifies the code that compiled a snapshot, so a rebuilt package never trusts knowledge compiled by other code.
 * It hashes content, not modification times, so a build restored from a cache still matches its own snapshot.
 */
export function codeStamp(): string {
  if (memo !== undefined) return memo;
  try {
    memo = readFileSync(STAMP_FILE, 'utf8').trim();
  } catch {
    memo = hashCode();
  }
  return memo;
}

/** Hashes the code as it is now and records it for later starts (run by the package build, right after compiling). */
export function writeCodeStamp(): string {
  memo = hashCode();
  writeFileSync(STAMP_FILE, `${memo}\n`);
  return memo;
}
