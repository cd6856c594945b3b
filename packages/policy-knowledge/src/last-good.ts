import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR, DEFAULT_MODEL_PATH } from './paths.js';
import { createAdvisor, type Advisor } from './engine/create-advisor.js';
import { loadKnowledge } from './load/load-knowledge.js';
import { readModelFile, writeModelFile, type ModelFile } from './model-file.js';

/** The last knowledge that loaded completely, with its model: served when the current files are broken. */
export interface LastGoodSnapshot {
  advisor: Advisor;
  builtAt: string;
}

/**
 * Where the last good snapshot of a knowledge folder lives: for the shipped knowledge, `last-good/` beside the built
 * model (a build artifact); for any other folder, a sibling folder named `<folder>.last-good`.
 */
export function lastGoodDirFor(knowledgeDir: string = DEFAULT_KNOWLEDGE_DIR, modelPath: string = DEFAULT_MODEL_PATH): string {
  if (resolve(knowledgeDir) === resolve(DEFAULT_KNOWLEDGE_DIR)) return join(dirname(modelPath), 'last-good');
  return `${resolve(knowledgeDir)}.last-good`;
}

/**
 * Keeps a copy of `knowledgeDir` and its model in `targetDir` (written to a temporary folder, then swapped in), so a
 * later start can serve it when an edit breaks the knowledge. Call only with knowledge that loaded completely.
 */
export async function saveLastGood(knowledgeDir: string, model: ModelFile, targetDir: string): Promise<void> {
  const temporary = `${targetDir}.${process.pid}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary, { recursive: true });
  await cp(knowledgeDir, join(temporary, 'knowledge'), { recursive: true });
  await writeModelFile(join(temporary, 'model.json'), model);
  const previous = `${targetDir}.${process.pid}.old`;
  await rename(targetDir, previous).catch(() => undefined);
  await rename(temporary, targetDir);
  await rm(previous, { recursive: true, force: true });
}

/** Loads the last good snapshot in `dir`, or returns undefined when there is none or it is unusable. */
export async function loadLastGood(dir: string): Promise<LastGoodSnapshot | undefined> {
  const model = await readModelFile(join(dir, 'model.json'));
  if (!model) return undefined;
  try {
    const knowledge = await loadKnowledge(join(dir, 'knowledge'));
    if (knowledge.version !== model.knowledgeVersion) return undefined;
    return { advisor: createAdvisor(knowledge, model), builtAt: model.builtAt };
  } catch {
    return undefined;
  }
}
