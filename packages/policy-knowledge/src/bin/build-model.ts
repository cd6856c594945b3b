#!/usr/bin/env node
import { loadKnowledge } from '../load/load-knowledge.js';
import { KnowledgeError } from '../load/knowledge-error.js';
import { lastGoodDirFor, loadLastGood, saveLastGood } from '../last-good.js';
import { isModelCurrent, readModelFile, writeModelFile } from '../model-file.js';
import { DEFAULT_KNOWLEDGE_DIR, DEFAULT_MODEL_PATH } from '../paths.js';
import { trainModel } from '../train-model.js';
import { describeChanges } from '../describe-changes.js';
import { writeCodeStamp } from '../code-stamp.js';

// Used by the package build: trains the shipped model when the knowledge or the code changed (the verdict model learns
// from the example questions as the code reads them) and keeps a last good snapshot.
// Broken knowledge does not fail the build when a snapshot exists: the apps serve that snapshot and warn, and
// `kb validate` (part of `pnpm test`) reports the errors. `--quiet` prints one line.
const quiet = process.argv.includes('--quiet');
const lastGoodDir = lastGoodDirFor();
// Run right after compiling: the snapshot saved below is stamped with the code as it is now.
const stamp = writeCodeStamp();
try {
  const knowledge = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  const previous = await readModelFile(DEFAULT_MODEL_PATH);
  if (previous !== undefined && isModelCurrent(previous, knowledge.version, stamp)) {
    if (!quiet) console.log(`Model is up to date (knowledge ${knowledge.version}, code ${stamp}).`);
    // Rewritten on every package build, so the compiled knowledge always comes from this code.
    await saveLastGood(DEFAULT_KNOWLEDGE_DIR, knowledge, previous, lastGoodDir);
  } else {
    const model = { ...trainModel(knowledge), codeStamp: stamp };
    await writeModelFile(DEFAULT_MODEL_PATH, model);
    await saveLastGood(DEFAULT_KNOWLEDGE_DIR, knowledge, model, lastGoodDir);
    console.log(`Built model for knowledge ${knowledge.version}: ${knowledge.topics.length} topics.`);
    if (!quiet) console.log(describeChanges(previous?.topicHashes, model.topicHashes));
  }
} catch (error) {
  const snapshot = error instanceof KnowledgeError ? await loadLastGood(lastGoodDir) : undefined;
  if (snapshot) {
    const count = error instanceof KnowledgeError ? error.issues.length : 1;
    const version = snapshot.advisor.version;
    console.warn(
      `The knowledge has ${count} problem(s); the last good version ${version} stays in service. Run \`pnpm kb validate\` to see them.`,
    );
  } else {
    console.error(error instanceof KnowledgeError ? error.message : error);
    process.exitCode = 1;
  }
}
