import type { Clause, Topic } from './schema/topic.js';
import type { LabeledText } from './classify/types.js';
import { OOS_INTENT } from './classify/types.js';
import type { KnowledgeFeatures } from './features/feature-files.js';

/** The validated knowledge: clauses of the source, topics, and the "not covered" examples. */
export interface Knowledge {
  /** Content hash of every knowledge file: changes whenever any file changes. */
  version: string;
  source: { title: string; attribution: string };
  sections: ReadonlyMap<string, string>;
  clauses: ReadonlyMap<string, Clause>;
  topics: readonly Topic[];
  topicById: ReadonlyMap<string, Topic>;
  outOfScope: readonly string[];
  /** Hash of each topic's content, to report what changed between builds. */
  topicHashes: Readonly<Record<string, string>>;
  /** Data of the features beyond Q&A; a feature whose file is absent is undefined. */
  features: KnowledgeFeatures;
}

/** The classifier's training rows: every topic's questions plus the "not covered" examples as `oos`. */
export function trainingRows(knowledge: Knowledge): LabeledText[] {
  const rows: LabeledText[] = [];
  for (const topic of knowledge.topics) {
    for (const text of topic.questions) rows.push({ text, intent: topic.id });
  }
  for (const text of knowledge.outOfScope) rows.push({ text, intent: OOS_INTENT });
  return rows;
}
