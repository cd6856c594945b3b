#!/usr/bin/env node
import { loadKnowledge } from '../load/load-knowledge.js';
import { KnowledgeError } from '../load/knowledge-error.js';
import { readModelFile, writeModelFile } from '../model-file.js';
import { DEFAULT_KNOWLEDGE_DIR, DEFAULT_MODEL_PATH } from '../paths.js';
import { trainModel } from '../train-model.js';
import { describeChanges } from '../describe-changes.js';

// Used by the package build: trains the shipped model when the knowledge changed. `--quiet` prints one line.
const quiet = process.argv.includes('--quiet');
try {
  const knowledge = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  const previous = await readModelFile(DEFAULT_MODEL_PATH);
  if (previous?.knowledgeVersion === knowledge.version) {
    if (!quiet) console.log(`Model is up to date (knowledge ${knowledge.version}).`);
  } else {
    const model = trainModel(knowledge);
    await writeModelFile(DEFAULT_MODEL_PATH, model);
    console.log(`Built model for knowledge ${knowledge.version}: ${knowledge.topics.length} topics.`);
    if (!quiet) console.log(describeChanges(previous?.topicHashes, model.topicHashes));
  }
} catch (error) {
  console.error(error instanceof KnowledgeError ? error.message : error);
  process.exitCode = 1;
}
