import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Copies the question log at `source` to `destination` with SQLite's online backup: consistent while bots keep
 * writing, and safe in WAL mode (unlike copying the file). Refuses to overwrite an existing file.
 */
export async function backupDatabase(source: string, destination: string): Promise<{ pages: number }> {
  if (existsSync(destination)) throw new Error(`${destination} already exists; choose a new file name`);
  mkdirSync(dirname(destination), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const result = await db.backup(destination);
    return { pages: result.totalPages };
  } finally {
    db.close();
  }
}
