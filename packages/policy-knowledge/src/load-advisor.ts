import type { AdvisorTables } from './engine/advisor-tables.js';
import { createAdvisor, type Advisor } from './engine/create-advisor.js';
import type { Knowledge } from './knowledge.js';
import { KnowledgeError, type KnowledgeIssue } from './load/knowledge-error.js';
import { lastGoodDirFor, loadCompiled, loadLastGood } from './last-good.js';
import { knowledgeFingerprint } from './load/knowledge-fingerprint.js';
import { readModelFile, type LoadedModel } from './model-file.js';
import { DEFAULT_KNOWLEDGE_DIR, DEFAULT_MODEL_PATH } from './paths.js';

/** Where to load the advisor from; defaults to the knowledge and model shipped with the package. */
export interface LoadAdvisorOptions {
  knowledgeDir?: string;
  modelPath?: string;
  /** The last good snapshot to fall back on (default: see lastGoodDirFor). */
  lastGoodDir?: string;
}

/** Validated knowledge with the model that matches it; `trained` when no built model matched and one was trained. */
export interface KnowledgeAndModel {
  knowledge: Knowledge;
  /** From `model.json`, from training, or from the compiled snapshot (weights as typed arrays). */
  model: LoadedModel;
  trained: boolean;
  /** The advisor's tables, when the knowledge came from the compiled snapshot. */
  tables?: AdvisorTables;
}

/** An advisor to serve, and when the knowledge files are broken, the errors and the snapshot served instead. */
export interface ServingAdvisor {
  advisor: Advisor;
  fallback?: { errors: KnowledgeIssue[]; builtAt: string };
}

/**
 * Loads and validates the knowledge and its built model, training one in memory when none matches. When the files
 * are exactly those of the last good snapshot (same fingerprint), the snapshot's compiled knowledge is used: no parsing.
 */
export async function loadKnowledgeAndModel(options: LoadAdvisorOptions = {}): Promise<KnowledgeAndModel> {
  const knowledgeDir = options.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR;
  const snapshotDir = options.lastGoodDir ?? lastGoodDirFor(knowledgeDir, options.modelPath);
  const compiled = await loadCompiled(snapshotDir, await knowledgeFingerprint(knowledgeDir));
  if (compiled) return { ...compiled, trained: false };
  // Parsing and training load yaml, zod and the trainer: only when the compiled snapshot does not match.
  const [{ loadKnowledge }, { trainModel }] = await Promise.all([import('./load/load-knowledge.js'), import('./train-model.js')]);
  const knowledge = await loadKnowledge(knowledgeDir);
  const shipped = await readModelFile(options.modelPath ?? DEFAULT_MODEL_PATH);
  if (shipped?.knowledgeVersion === knowledge.version) return { knowledge, model: shipped, trained: false };
  return { knowledge, model: trainModel(knowledge), trained: true };
}

/**
 * Loads and validates the knowledge, then its shipped model. When the model is missing or was built from other
 * knowledge (an admin edited a file and has not run `kb build`), it trains one in memory instead of serving a
 * stale model. Throws a KnowledgeError when the knowledge is invalid.
 */
export async function loadAdvisor(options: LoadAdvisorOptions = {}): Promise<Advisor> {
  const { knowledge, model, tables } = await loadKnowledgeAndModel(options);
  return createAdvisor(knowledge, model, tables);
}

/**
 * Like {@link loadAdvisor}, but never down because of knowledge: when the files are invalid it serves the last good
 * snapshot and reports the errors (the caller warns loudly). Throws only when there is no snapshot to serve either.
 */
export async function loadServingAdvisor(options: LoadAdvisorOptions = {}): Promise<ServingAdvisor> {
  try {
    return { advisor: await loadAdvisor(options) };
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    const snapshot = await loadLastGood(options.lastGoodDir ?? lastGoodDirFor(options.knowledgeDir, options.modelPath));
    if (!snapshot) throw error;
    return { advisor: snapshot.advisor, fallback: { errors: error.issues, builtAt: snapshot.builtAt } };
  }
}
