import { hasHan } from './understand/chinese-language.js';
import type { Clause, Topic } from './schema/topic.js';
import type { LabeledText } from './classify/types.js';
import { OOS_INTENT } from './classify/types.js';
import { usesHarmWords } from './engine/guard.js';
import type { KnowledgeFeatures } from './features/feature-files.js';
import type { ConceptsFile, Fact } from './schema/fact.js';
import type { ClauseList, RefusalsFile } from './schema/topic.js';
import type { KnowledgeIssue } from './load/knowledge-error.js';
import type { ChineseKnowledge } from './schema/chinese.js';
import type { SourceMeta } from './sources/source-file.js';

/** The validated knowledge: clauses of the source, topics, and the "not covered" examples. */
export interface Knowledge {
  /** Content hash of every knowledge file: changes whenever any file changes. */
  version: string;
  /** The paper of `clauses.yaml`, whose clause ids are cited bare. */
  source: SourceMeta;
  /** Every source document, that paper first; clauses of the others are cited as `<source>:<clause>`. */
  documents: readonly SourceMeta[];
  sections: ReadonlyMap<string, string>;
  clauses: ReadonlyMap<string, Clause>;
  topics: readonly Topic[];
  topicById: ReadonlyMap<string, Topic>;
  outOfScope: readonly string[];
  /** Hash of each topic's content, to report what changed between builds. */
  topicHashes: Readonly<Record<string, string>>;
  /** Data of the features beyond Q&A; a feature whose file is absent is undefined. */
  features: KnowledgeFeatures;
  /** Atomic cited statements the answers are composed from. */
  facts: readonly Fact[];
  factById: ReadonlyMap<string, Fact>;
  /** The parties, aspects, situations and modifiers questions are read for. */
  concepts: ConceptsFile;
  /** Training data of the refusal check; undefined when the knowledge has no refusals file. */
  refusals: RefusalsFile | undefined;
  /** Numbered lists of the source ("the fourth point of treatment"), for references by position. */
  lists: readonly ClauseList[];
  /** The Chinese texts, phrases and questions (`knowledge/zh/`); undefined when the knowledge is English only. */
  zh?: ChineseKnowledge | undefined;
  /** Things that load but look like mistakes (e.g. a training question that may be two run together). */
  warnings: readonly KnowledgeIssue[];
  /** A digest of every file that was read, by path (`topics/x.yaml`): what a compiled snapshot is checked against. */
  sources: Readonly<Record<string, string>>;
}

/**
 * How many of each fact's English example questions the topic classifier learns from, and how many times each topic
 * question and "not covered" example is a row against once for an example question (those are many: claims checked
 * for truth in many shapes, which would otherwise outweigh the topics' own questions). Measured with `pnpm eval`, the
 * situations set and the held-out blind sets (docs/evaluation.md, sixth round): with every example question the blind
 * sets gain a little more, but people describing their own situation are answered worse.
 */
export const CLASSIFIER_ASKS_PER_FACT = 30;
const TOPIC_ROW_REPEATS = 2;

/**
 * The classifier's training questions: every topic's questions, the facts' first English example questions (as questions
 * of the fact's topic) and the "not covered" examples as `oos`; each once (what `kb export-training` prints).
 */
export function trainingRows(knowledge: Knowledge): LabeledText[] {
  return [...topicRows(knowledge), ...exampleRows(knowledge), ...outOfScopeRows(knowledge)];
}

/** The rows the English classifier is trained on: the training questions, topic questions and "not covered" repeated. */
export function classifierRows(knowledge: Knowledge): LabeledText[] {
  const repeated = (rows: LabeledText[]) => rows.flatMap((row) => Array.from({ length: TOPIC_ROW_REPEATS }, () => row));
  return [...repeated(topicRows(knowledge)), ...exampleRows(knowledge), ...repeated(outOfScopeRows(knowledge))];
}

function topicRows(knowledge: Knowledge): LabeledText[] {
  return knowledge.topics.flatMap((topic) => topic.questions.map((text) => ({ text, intent: topic.id })));
}

function exampleRows(knowledge: Knowledge): LabeledText[] {
  return knowledge.facts.flatMap((fact) =>
    fact.asks
      .filter((ask) => !hasHan(ask.q))
      .slice(0, CLASSIFIER_ASKS_PER_FACT)
      .map((ask) => ({ text: ask.q, intent: fact.topic })),
  );
}

function outOfScopeRows(knowledge: Knowledge): LabeledText[] {
  return knowledge.outOfScope.map((text) => ({ text, intent: OOS_INTENT }));
}

/**
 * The Chinese classifier's training rows: every topic's Chinese questions, the facts' Chinese example questions (as
 * questions of the fact's topic: "三年到期了还能不能续" is a way of asking about the three years), plus the Chinese "not
 * covered" examples.
 */
export function chineseTrainingRows(knowledge: Knowledge): LabeledText[] {
  const rows: LabeledText[] = [];
  for (const [topic, texts] of Object.entries(knowledge.zh?.questions ?? {})) for (const text of texts) rows.push({ text, intent: topic });
  for (const fact of knowledge.facts) for (const ask of fact.asks) if (hasHan(ask.q)) rows.push({ text: ask.q, intent: fact.topic });
  for (const text of knowledge.zh?.outOfScope ?? []) rows.push({ text, intent: OOS_INTENT });
  return rows;
}

/** The refusal check's label for a message to refuse; everything else is `ordinary`. */
export const REFUSE_LABEL = 'refuse';
/** The refusal check's label for a message that may be answered. */
export const ORDINARY_LABEL = 'ordinary';

/**
 * The refusal check's training rows: the messages to refuse against the ordinary messages the knowledge holds (its own
 * ordinary examples, topics' training questions, facts' example questions, and the "not covered" examples that use no
 * vocabulary of wrongdoing: "write me a business plan" is a request, not a refusal). "Not covered" examples that do use
 * that vocabulary are left out: some are harmful requests, declined there for being outside the guidance.
 */
export function refusalRows(knowledge: Knowledge): LabeledText[] {
  if (!knowledge.refusals) return [];
  const ordinary = [
    ...knowledge.refusals.ordinary,
    ...knowledge.topics.flatMap((t) => t.questions),
    ...knowledge.facts.flatMap((f) => f.asks.map((a) => a.q)),
    ...knowledge.outOfScope.filter((text) => !usesHarmWords(text)),
  ];
  return [
    ...knowledge.refusals.refuse.map((text) => ({ text, intent: REFUSE_LABEL })),
    ...ordinary.map((text) => ({ text, intent: ORDINARY_LABEL })),
  ];
}
