import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { decodeIntentModel, encodeIntentModel } from './classify/decoded-model.js';
import type { DecodedIntentModel, IntentModelJson } from './classify/types.js';
import { decodeVerdictModel, encodeVerdictModel, type DecodedVerdictModel, type VerdictModelJson } from './engine/verdict-model-file.js';

/**
 * The model's format; raised whenever what a model is trained on changes (version 2 also learns from the facts'
 * example questions, version 3 adds the Chinese classifier, version 4 the learned verdict model, version 5 the facts'
 * Chinese example questions in the Chinese classifier only, version 6 30 English ones per fact in the English one,
 * topic questions counted twice and rare word pairs and char n-grams left out; version 11 keeps the verdict model's
 * features as hashes, not names), so a model trained the old way is
 * rebuilt, not served.
 */
export const MODEL_FORMAT_VERSION = 11;

/** The serialized model shipped next to the knowledge, so start-up trains nothing (`Classifier`: how its classifiers are kept). */
export interface ModelFile<Classifier = IntentModelJson, Verdict = VerdictModelJson> {
  formatVersion: typeof MODEL_FORMAT_VERSION;
  knowledgeVersion: string;
  /** The code that trained it (`codeStamp`): the verdict model learns from the example questions as this code reads them. */
  codeStamp?: string | undefined;
  builtAt: string;
  /** Hash of each topic at build time, to report what changed on the next build. */
  topicHashes: Record<string, string>;
  /** The out-of-scope score above which a question is declined. */
  declineThreshold: number;
  classifier: Classifier;
  /** The refusal check (refuse vs ordinary), when the knowledge has refusal examples. */
  refusal?: Classifier | undefined;
  /** The "refuse" probability from which the refusal check refuses, tuned on held-out training messages. */
  refuseThreshold?: number | undefined;
  /**
   * The classifier of questions asked in Chinese, trained on the Chinese questions alone (so the English model is
   * exactly what it would be without them), with its own decline threshold; absent when the knowledge has no Chinese.
   */
  zh?: { classifier: Classifier; declineThreshold: number } | undefined;
  /** The verdict model learned from the facts' example questions; absent when no fact has any. */
  verdict?: Verdict | undefined;
  /** English words the speller would take for typos of the knowledge's words, which it leaves as they are. */
  englishWords?: string[] | undefined;
}

/** A model as loaded: from `model.json`, or from the compiled snapshot with its binary fields decoded. */
export type LoadedModel = ModelFile<IntentModelJson | DecodedIntentModel, VerdictModelJson | DecodedVerdictModel>;

/** True when a model was trained from this knowledge by this code, so the build need not train it again. */
export function isModelCurrent(model: ModelFile | undefined, knowledgeVersion: string, codeStamp: string): boolean {
  return model?.knowledgeVersion === knowledgeVersion && model.codeStamp === codeStamp;
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

/**
 * The model with every classifier's and the verdict model's binary fields as typed arrays and the classifiers' lookup
 * tables built (the compiled snapshot's form).
 */
export function decodeModel(model: LoadedModel): ModelFile<DecodedIntentModel, DecodedVerdictModel> {
  return mapModels(model, decodeIntentModel, decodeVerdictModel);
}

/** The model with every binary field in base64, as `model.json` holds it. */
export function encodeModel(model: LoadedModel): ModelFile {
  return mapModels(model, encodeIntentModel, encodeVerdictModel);
}

/** The model with `convert` applied to each of its classifiers and `convertVerdict` to its verdict model (every other field kept). */
function mapModels<A, B, V, W>(model: ModelFile<A, V>, convert: (classifier: A) => B, convertVerdict: (verdict: V) => W): ModelFile<B, W> {
  const { classifier, refusal, zh, verdict, ...rest } = model;
  return {
    ...rest,
    classifier: convert(classifier),
    ...(verdict === undefined ? {} : { verdict: convertVerdict(verdict) }),
    ...(refusal === undefined ? {} : { refusal: convert(refusal) }),
    ...(zh === undefined ? {} : { zh: { ...zh, classifier: convert(zh.classifier) } }),
  };
}
