import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { codeStamp } from './code-stamp.js';
import { buildAdvisorTables, type AdvisorTables } from './engine/advisor-tables.js';
import { createAdvisor, type Advisor } from './engine/create-advisor.js';
import type { Knowledge } from './knowledge.js';
import { fingerprintOf, knowledgeFingerprint } from './load/knowledge-fingerprint.js';
import { decodeModel, encodeModel, MODEL_FORMAT_VERSION, readModelFile, writeModelFile, type LoadedModel } from './model-file.js';
import { DEFAULT_KNOWLEDGE_DIR, DEFAULT_MODEL_PATH } from './paths.js';
import { readTypedArrayFile, writeTypedArrayFile } from './typed-array-file.js';

/** The last knowledge that loaded completely, with its model: served when the current files are broken. */
export interface LastGoodSnapshot {
  advisor: Advisor;
  builtAt: string;
}

const COMPILED_FILE = 'knowledge.v8';

/**
 * Where the last good snapshot of a knowledge folder lives: for the shipped knowledge, `last-good/` beside the built
 * model (a build artifact); for any other folder, a sibling folder named `<folder>.last-good`.
 */
export function lastGoodDirFor(knowledgeDir: string = DEFAULT_KNOWLEDGE_DIR, modelPath: string = DEFAULT_MODEL_PATH): string {
  if (resolve(knowledgeDir) === resolve(DEFAULT_KNOWLEDGE_DIR)) return join(dirname(modelPath), 'last-good');
  return `${resolve(knowledgeDir)}.last-good`;
}

/**
 * Keeps a copy of `knowledgeDir`, its model and the validated knowledge itself in `targetDir` (written to a
 * temporary folder, then swapped in), so a later start can serve it when an edit breaks the knowledge, and skip
 * parsing when nothing changed. Call only with knowledge that loaded completely from `knowledgeDir`.
 */
export async function saveLastGood(knowledgeDir: string, knowledge: Knowledge, model: LoadedModel, targetDir: string): Promise<void> {
  const temporary = `${targetDir}.${process.pid}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary, { recursive: true });
  await cp(knowledgeDir, join(temporary, 'knowledge'), { recursive: true });
  await writeModelFile(join(temporary, 'model.json'), encodeModel(model));
  await writeTypedArrayFile(join(temporary, COMPILED_FILE), {
    stamp: codeStamp(),
    fingerprint: fingerprintOf(knowledge.sources),
    knowledge,
    model: decodeModel(model),
    tables: buildAdvisorTables(knowledge),
  });
  const previous = `${targetDir}.${process.pid}.old`;
  await rename(targetDir, previous).catch(() => undefined);
  await rename(temporary, targetDir);
  await rm(previous, { recursive: true, force: true });
}

/**
 * Knowledge and model as kept in a snapshot, with the advisor's tables computed from that knowledge. The model is kept
 * with its weights as typed arrays (besides `model.json`): a start neither parses 4 MB of JSON nor decodes base64.
 */
export interface CompiledKnowledge {
  knowledge: Knowledge;
  model: LoadedModel;
  tables: AdvisorTables;
}

/** What the compiled file holds: knowledge, model and tables, the fingerprint of the files and the code that wrote it. */
type CompiledFile = CompiledKnowledge & { stamp: string; fingerprint: string };

/** The compiled knowledge and model in `dir` when they were made from files of `fingerprint` by this code; else undefined. */
export async function loadCompiled(dir: string, fingerprint: string): Promise<CompiledKnowledge | undefined> {
  try {
    const compiled = (await readTypedArrayFile(join(dir, COMPILED_FILE))) as CompiledFile;
    if (compiled.fingerprint !== fingerprint || compiled.stamp !== codeStamp()) return undefined;
    const { knowledge, model, tables } = compiled;
    const current = model.formatVersion === MODEL_FORMAT_VERSION && model.knowledgeVersion === knowledge.version;
    return current ? { knowledge, model, tables } : undefined;
  } catch {
    return undefined;
  }
}

/** Loads the last good snapshot in `dir`, or returns undefined when there is none or it is unusable. */
export async function loadLastGood(dir: string): Promise<LastGoodSnapshot | undefined> {
  const model = await readModelFile(join(dir, 'model.json'));
  if (!model) return undefined;
  try {
    const knowledgeDir = join(dir, 'knowledge');
    const compiled = await loadCompiled(dir, await knowledgeFingerprint(knowledgeDir));
    const knowledge = compiled?.knowledge ?? (await (await import('./load/load-knowledge.js')).loadKnowledge(knowledgeDir));
    if (knowledge.version !== model.knowledgeVersion) return undefined;
    return { advisor: createAdvisor(knowledge, model, compiled?.tables), builtAt: model.builtAt };
  } catch {
    return undefined;
  }
}
