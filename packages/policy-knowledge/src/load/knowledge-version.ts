import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FEATURE_FILES } from '../features/feature-files.js';

/**
 * The version loadKnowledge would give the folder (a hash of every knowledge file, read in the same order), computed
 * without parsing anything: a start-up can then tell in a few milliseconds whether a compiled snapshot still matches.
 */
export async function knowledgeVersionOf(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const add = async (file: string) => {
    try {
      const bytes = await readFile(join(dir, file));
      hash.update(file).update('\0').update(bytes).update('\0');
    } catch {
      // A missing file is left out, as loadKnowledge leaves it out.
    }
  };
  await add('clauses.yaml');
  await add('out-of-scope.yaml');
  const topics = await readdir(join(dir, 'topics')).catch(() => [] as string[]);
  for (const name of topics.filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort()) await add(`topics/${name}`);
  for (const file of Object.values(FEATURE_FILES)) await add(file);
  return `k-${hash.digest('hex').slice(0, 10)}`;
}
