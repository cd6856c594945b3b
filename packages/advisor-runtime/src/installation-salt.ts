import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The random per-installation salt kept beside the database (`<db>.salt`), so user hashes cannot be reversed by
 * guessing ids; made on first use. Two processes starting together on a new data folder (both bots) get the same one.
 */
export function installationSalt(dbPath: string): string {
  if (dbPath === ':memory:') return randomBytes(16).toString('hex');
  const file = `${dbPath}.salt`;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // Written aside, then linked into place: the file never exists half-written, and of two processes one salt wins.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, randomBytes(24).toString('hex'), { mode: 0o600 });
    try {
      linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temporary, { force: true });
    }
  }
  return readFileSync(file, 'utf8').trim();
}
