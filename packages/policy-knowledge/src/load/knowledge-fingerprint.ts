import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The generated citation lock (see lock/citation-lock.ts): not knowledge, so not part of the fingerprint. */
const LOCK_FILE_NAME = 'citations.lock.yaml';

/** The digest loadKnowledge records for one file's bytes. */
export function fileDigest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** One string for a set of files and their digests (order-independent). */
export function fingerprintOf(sources: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(sources).sort()) hash.update(path).update('\0').update(sources[path]!).update('\n');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The fingerprint of every YAML file under `dir`, computed without parsing: it equals `fingerprintOf` of the
 * knowledge loaded from `dir` exactly when the same files hold the same bytes, so a start-up can tell in a few
 * milliseconds whether a compiled snapshot still matches the files.
 */
export async function knowledgeFingerprint(dir: string): Promise<string> {
  const sources: Record<string, string> = {};
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(dir, relative), { withFileTypes: true }).catch(() => []);
    await Promise.all(
      entries.map(async (entry) => {
        const path = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.name.startsWith('.') || path === LOCK_FILE_NAME) return;
        if (entry.isDirectory()) await walk(path);
        else if (/\.ya?ml$/.test(entry.name)) sources[path] = fileDigest(await readFile(join(dir, path)));
      }),
    );
  };
  await walk('');
  return fingerprintOf(sources);
}
