import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge, type Knowledge } from '../../src/index.js';

let shipped: Promise<Knowledge> | undefined;

/** The shipped knowledge, loaded once per test file. */
export function shippedKnowledge(): Promise<Knowledge> {
  shipped ??= loadKnowledge();
  return shipped;
}

/** A copy of the shipped knowledge folder in a temp dir, with some files edited (or removed with `null`). */
export async function editedKnowledgeCopy(
  edits: Record<string, ((text: string) => string) | null>,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'cobridge-features-'));
  await cp(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    if (edit === null) await rm(path);
    else {
      const before = await readFile(path, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`the edit of ${file} changed nothing`);
      await writeFile(path, after);
    }
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
