import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { IntentModelJson } from './classify/index.js';
import type { VerdictModelJson } from './engine/verdict-model.js';

/**
 * The model's format; raised whenever what a model is trained on changes (version 2 also learns from the facts'
 * example questions, version 3 adds the Chinese classifier, version 4 the learned verdict model), so a model trained the
 * old way is rebuilt rather than served.
 */
export const MODEL_FORMAT_VERSION = 4;

/** The serialized model shipped next to the knowledge, so start-up trains nothing. */
export interface ModelFile {
  formatVersion: typeof MODEL_FORMAT_VERSION;
  knowledgeVersion: string;
  builtAt: string;
  /** Hash of each topic at build time, to report what changed on the next build. */
  topicHashes: Record<string, string>;
  /** The out-of-scope score above which a question is declined. */
  declineThreshold: number;
  classifier: IntentModelJson;
  /** The refusal check (refuse vs ordinary), when the knowledge has refusal examples. */
  refusal?: IntentModelJson | undefined;
  /** The "refuse" probability from which the refusal check refuses, tuned on held-out training messages. */
  refuseThreshold?: number | undefined;
  /**
   * The classifier of questions asked in Chinese, trained on the Chinese questions alone (so the English model is
   * exactly what it would be without them), with its own decline threshold; absent when the knowledge has no Chinese.
   */
  zh?: { classifier: IntentModelJson; declineThreshold: number } | undefined;
  /** The verdict model learned from the facts' example questions; absent when no fact has any. */
  verdict?: VerdictModelJson | undefined;
}

/** Reads a model file, or returns undefined when there is none or it is not a model of this format. */
export async function readModelFile(path: string): Promise<ModelFile | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<ModelFile>;
    return parsed.formatVersion === MODEL_FORMAT_VERSION && parsed.classifier ? (parsed as ModelFile) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a model file atomically (temporary file, then rename), so a reader never sees half a model. */
export async function writeModelFile(path: string, model: ModelFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(model));
  await rename(temporary, path);
}
