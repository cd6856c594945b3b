import {
  LOCK_FILE,
  syncLock,
  writeLock,
  describeChanges,
  lastGoodDirFor,
  loadKnowledge,
  readModelFile,
  saveLastGood,
  trainModel,
  writeModelFile,
} from '@cobridge/policy-knowledge';
import type { Command } from '../command.js';
import { readCitationState } from '../citation-check.js';
import { plural } from '../format.js';
import { modelPathOf } from '../model-path.js';
import { createProgressDisplay } from '../progress-display.js';

/** `kb build`: validates, trains with a progress display, writes the model and says what changed. */
export const buildCommand: Command = {
  name: 'build',
  argsUsage: '',
  arity: 0,
  options: ['dir', 'model'],
  summary: 'Validate, train the classifier (progress on stderr), write the model, print what changed, record new citations in the lock.',
  async run({ args, knowledgeDir }) {
    const knowledge = await loadKnowledge(knowledgeDir);
    const modelPath = modelPathOf(args);
    const previous = await readModelFile(modelPath);
    const progress = createProgressDisplay(process.stderr);
    const model = trainModel(knowledge, { onProgress: progress.onProgress });
    progress.done();
    await writeModelFile(modelPath, model);
    await saveLastGood(knowledgeDir, knowledge, model, lastGoodDirFor(knowledgeDir, modelPath));
    console.log(
      `Built the model for knowledge ${knowledge.version}: ${plural(knowledge.topics.length, 'topic')}, ` +
        `decline threshold ${model.declineThreshold.toFixed(3)}.`,
    );
    console.log(`Wrote ${modelPath}.`);
    console.log(describeChanges(previous?.topicHashes, model.topicHashes));
    console.log('Running bots reload when a knowledge file changes or on an admin reload; this file spares them training.');
    const { items, current, lock } = await readCitationState(knowledgeDir);
    const recorded = syncLock(lock, items, current);
    await writeLock(knowledgeDir, lock);
    if (recorded > 0) console.log(`New citations recorded in ${LOCK_FILE} with the clause text they cite today: ${recorded}.`);
    return 0;
  },
};
