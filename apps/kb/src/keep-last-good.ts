import {
  KnowledgeError,
  lastGoodDirFor,
  loadKnowledgeAndModel,
  readModelFile,
  saveLastGood,
  loadKnowledge,
} from '@cobridge/policy-knowledge';
import { join } from 'node:path';

/**
 * Makes sure the knowledge as it is now (when valid) is kept as the last good snapshot, training a model only when
 * none matches; returns false when the knowledge is already broken (the existing snapshot stays).
 */
export async function keepLastGood(knowledgeDir: string, modelPath: string): Promise<boolean> {
  const dir = lastGoodDirFor(knowledgeDir, modelPath);
  try {
    const { version } = await loadKnowledge(knowledgeDir);
    if ((await readModelFile(join(dir, 'model.json')))?.knowledgeVersion === version) return true;
    const { knowledge, model } = await loadKnowledgeAndModel({ knowledgeDir, modelPath });
    await saveLastGood(knowledgeDir, knowledge, model, dir);
    return true;
  } catch (error) {
    if (error instanceof KnowledgeError) return false;
    throw error;
  }
}
