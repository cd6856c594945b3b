import { fileURLToPath } from 'node:url';

/** The knowledge folder shipped with the package (works from `src/` under vitest and from `dist/` under node). */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge/', import.meta.url));

/** Where `build-model` writes the trained model. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../model/model.json', import.meta.url));

/** The evaluation set kept apart from the training questions. */
export const DEFAULT_EVAL_DIR = fileURLToPath(new URL('../eval/', import.meta.url));
