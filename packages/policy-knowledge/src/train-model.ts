import { OOS_INTENT, type LabeledText, type TrainProgress } from './classify/types.js';
import { trainIntentClassifier, tuneDeclineThreshold } from './classify/index.js';
import { trainingRows, type Knowledge } from './knowledge.js';
import { MODEL_FORMAT_VERSION, type ModelFile } from './model-file.js';
import { expandWithGlossary } from './features/glossary.js';

/** In-scope accuracy the decline threshold keeps on held-out questions; the rest of the margin catches misses. */
export const TARGET_IN_SCOPE_ACCURACY = 0.97;
const HOLDOUT_EVERY = 5;

/** Options for training the knowledge's model. */
export interface TrainModelOptions {
  onProgress?: (stage: 'holdout' | 'final', progress: TrainProgress) => void;
}

/**
 * Trains the knowledge's classifier. The decline threshold is tuned on every fifth training question held out
 * from a first model (so it is never fitted to the evaluation set), then the final model learns from all rows.
 */
export function trainModel(knowledge: Knowledge, options: TrainModelOptions = {}): ModelFile {
  // The advisor classifies questions expanded with the glossary's guidance terms, so it learns from them too.
  const rows = trainingRows(knowledge).map((row) => ({ ...row, text: expandWithGlossary(knowledge, row.text) }));
  const { fit, holdout } = splitHoldout(rows);
  const probe = trainIntentClassifier(fit, { onProgress: (p) => options.onProgress?.('holdout', p) });
  const declineThreshold = tuneDeclineThreshold(probe, holdout, { targetInScopeAccuracy: TARGET_IN_SCOPE_ACCURACY });
  const classifier = trainIntentClassifier(rows, { onProgress: (p) => options.onProgress?.('final', p) });
  return {
    formatVersion: MODEL_FORMAT_VERSION,
    knowledgeVersion: knowledge.version,
    builtAt: new Date().toISOString(),
    topicHashes: { ...knowledge.topicHashes },
    declineThreshold,
    classifier: classifier.toJSON(),
  };
}

function splitHoldout(rows: LabeledText[]): { fit: LabeledText[]; holdout: LabeledText[] } {
  const fit: LabeledText[] = [];
  const holdout: LabeledText[] = [];
  const counters = new Map<string, number>();
  for (const row of rows) {
    const n = (counters.get(row.intent) ?? 0) + 1;
    counters.set(row.intent, n);
    (n % HOLDOUT_EVERY === 0 ? holdout : fit).push(row);
  }
  return { fit, holdout: holdout.length > 0 ? holdout : rows.filter((r) => r.intent !== OOS_INTENT) };
}
