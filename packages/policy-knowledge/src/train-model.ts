import { OOS_INTENT, type LabeledText, type TrainProgress } from './classify/types.js';
import { trainIntentClassifier, tuneDeclineThreshold } from './classify/index.js';
import { labeledRowKey } from './classify/row-key.js';
import { REFUSE_LABEL, chineseTrainingRows, refusalRows, classifierRows, type Knowledge } from './knowledge.js';
import { MODEL_FORMAT_VERSION, type ModelFile } from './model-file.js';
import { expandWithGlossary } from './features/glossary.js';
import { mayBeRefused } from './engine/guard.js';
import { expandWithChineseTerms } from './understand/chinese-terms.js';
import { VerdictModel } from './engine/verdict-model.js';
import { spellerTables } from './engine/advisor-tables.js';
import { englishLexicon, wordsMistakenForTypos } from './understand/english-words.js';
import { Speller } from './understand/spelling.js';

/** In-scope accuracy the decline threshold keeps on held-out questions; the rest of the margin catches misses. */
export const TARGET_IN_SCOPE_ACCURACY = 0.97;
const HOLDOUT_EVERY = 5;

/** Options for training the knowledge's model. */
export interface TrainModelOptions {
  onProgress?: (stage: 'holdout' | 'final', progress: TrainProgress) => void;
}

/**
 * Trains the knowledge's classifier. The decline threshold is tuned on about one training question in five held out
 * from a first model (so it is never fitted to the evaluation set), then the final model learns from all rows.
 */
export function trainModel(knowledge: Knowledge, options: TrainModelOptions = {}): ModelFile {
  // The advisor classifies questions expanded with the glossary's guidance terms, so it learns from them too.
  // Chinese questions get a classifier of their own: the English one is trained exactly as without them.
  const { classifier, declineThreshold } = trainTopicClassifier(knowledge, classifierRows(knowledge), MIN_DF.english, options);
  // Chinese questions are read with the fixed terms of their English words and pinyin added, so the rows are too.
  const chineseRows = chineseTrainingRows(knowledge).map((row) => ({ ...row, text: expandWithChineseTerms(knowledge, row.text) }));
  const zh = chineseRows.length > 0 ? trainTopicClassifier(knowledge, chineseRows, MIN_DF.chinese, {}) : undefined;
  const refusal = refusalRows(knowledge);
  const refusalCheck = refusal.length > 0 ? trainRefusalCheck(refusal) : undefined;
  return {
    formatVersion: MODEL_FORMAT_VERSION,
    knowledgeVersion: knowledge.version,
    builtAt: new Date().toISOString(),
    topicHashes: { ...knowledge.topicHashes },
    declineThreshold,
    classifier: classifier.toJSON(),
    ...(refusalCheck ? { refusal: refusalCheck.classifier.toJSON(), refuseThreshold: refusalCheck.threshold } : {}),
    ...(zh ? { zh: { classifier: zh.classifier.toJSON(), declineThreshold: zh.declineThreshold } } : {}),
    ...(knowledge.facts.some((f) => f.asks.length > 0) ? { verdict: VerdictModel.train(knowledge).toJSON() } : {}),
    englishWords: englishWordsToKeep(knowledge),
  };
}

/** The English words the advisor's speller would take for typos of the knowledge's words. */
function englishWordsToKeep(knowledge: Knowledge): string[] {
  const { vocabulary, stems } = spellerTables(knowledge);
  return wordsMistakenForTypos(new Speller(vocabulary, stems), englishLexicon());
}

/**
 * Trains a topic classifier on some rows (expanded with the glossary, as questions are when asked) and its decline
 * threshold, tuned on about one row in five held out from a first model, so it is never fitted to the evaluation set.
 */
function trainTopicClassifier(
  knowledge: Knowledge,
  raw: LabeledText[],
  minDocumentFrequency: number,
  options: TrainModelOptions,
): { classifier: ReturnType<typeof trainIntentClassifier>; declineThreshold: number } {
  const rows = raw.map((row) => ({ ...row, text: expandWithGlossary(knowledge, row.text) }));
  const { fit, holdout } = splitHoldout(rows);
  const probe = trainIntentClassifier(fit, { minDocumentFrequency, onProgress: (p) => options.onProgress?.('holdout', p) });
  const declineThreshold = tuneDeclineThreshold(probe, holdout, { targetInScopeAccuracy: TARGET_IN_SCOPE_ACCURACY });
  const classifier = trainIntentClassifier(rows, { minDocumentFrequency, onProgress: (p) => options.onProgress?.('final', p) });
  return { classifier, declineThreshold };
}

/**
 * The fewest training questions a word pair or char n-gram of the topic classifiers must occur in (see TrainOptions).
 * Measured with `pnpm eval`, the blind sets and `pnpm bench`: leaving out what one or two English questions alone use
 * (one Chinese) keeps every figure and makes the model file 3.5 MB instead of 6.2 MB.
 */
const MIN_DF = { english: 3, chinese: 2 } as const;

/**
 * The fewest training messages a word pair or char n-gram of the refusal check must occur in. Measured with `kb eval`
 * and the refusal corpus test: with 2, every blind set and the corpus score as with 1, and the model file is 0.6 MB
 * smaller.
 */
const REFUSAL_MIN_DF = 2;

/** Lowest and highest refusal thresholds: at least an even chance, and never so high that nothing is refused. */
const REFUSE_THRESHOLD_RANGE = [0.5, 0.9] as const;
/** How far above the likeliest held-out ordinary message the refusal threshold sits. */
const REFUSE_MARGIN = 0.02;

/**
 * Trains the refusal check and its threshold: a first check learns from four fifths of the rows, the threshold is set
 * just above the highest "refuse" probability it gives a held-out ordinary message that uses the vocabulary of
 * wrongdoing (so no such held-out question would be refused), then the final check learns from all rows.
 */
function trainRefusalCheck(rows: LabeledText[]): { classifier: ReturnType<typeof trainIntentClassifier>; threshold: number } {
  const { fit, holdout } = splitHoldout(rows);
  const probe = trainIntentClassifier(fit, { minDocumentFrequency: REFUSAL_MIN_DF });
  let highest = 0;
  for (const row of holdout) {
    // Only messages the check reads can be refused, so only they set the threshold.
    if (row.intent === REFUSE_LABEL || !mayBeRefused(row.text)) continue;
    const refuse = probe.predict(row.text, 2).ranked.find((r) => r.intent === REFUSE_LABEL)?.confidence ?? 0;
    highest = Math.max(highest, refuse);
  }
  const threshold = Math.min(REFUSE_THRESHOLD_RANGE[1], Math.max(REFUSE_THRESHOLD_RANGE[0], highest + REFUSE_MARGIN));
  return { classifier: trainIntentClassifier(rows, { minDocumentFrequency: REFUSAL_MIN_DF }), threshold };
}

/** About one row in five held out (chosen by each row's key), and the rest to fit. */
function splitHoldout(rows: LabeledText[]): { fit: LabeledText[]; holdout: LabeledText[] } {
  const fit: LabeledText[] = [];
  const holdout: LabeledText[] = [];
  // By each row's own text, not its position: adding a question holds out no other row instead of the one it displaced.
  for (const row of rows) (labeledRowKey(row) % HOLDOUT_EVERY === 0 ? holdout : fit).push(row);
  return { fit, holdout: holdout.length > 0 ? holdout : rows.filter((r) => r.intent !== OOS_INTENT) };
}
