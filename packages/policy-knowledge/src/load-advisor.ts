import { createAdvisor, type Advisor } from './engine/create-advisor.js';
import { loadKnowledge } from './load/load-knowledge.js';
import { readModelFile, type ModelFile } from './model-file.js';
import { DEFAULT_KNOWLEDGE_DIR, DEFAULT_MODEL_PATH } from './paths.js';
import { trainModel } from './train-model.js';

/** Where to load the advisor from; defaults to the knowledge and model shipped with the package. */
export interface LoadAdvisorOptions {
  knowledgeDir?: string;
  modelPath?: string;
}

/**
 * Loads and validates the knowledge, then its shipped model. When the model is missing or was built from other
 * knowledge (an admin edited a file and has not run `kb build`), it trains one in memory instead of serving a
 * stale model. Throws a KnowledgeError when the knowledge is invalid.
 */
export async function loadAdvisor(options: LoadAdvisorOptions = {}): Promise<Advisor> {
  const knowledge = await loadKnowledge(options.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR);
  const shipped = await readModelFile(options.modelPath ?? DEFAULT_MODEL_PATH);
  const model: ModelFile = shipped?.knowledgeVersion === knowledge.version ? shipped : trainModel(knowledge);
  return createAdvisor(knowledge, model);
}
