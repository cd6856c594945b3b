import type { z } from 'zod';
import {
  chineseConceptsFileSchema,
  chineseFactsFileSchema,
  chineseOutOfScopeFileSchema,
  chineseQuestionsFileSchema,
  chineseTopicsFileSchema,
  termsFileSchema,
  type ChineseKnowledge,
} from '../schema/chinese.js';
import type { ConceptsFile, Fact } from '../schema/fact.js';
import type { Topic } from '../schema/topic.js';
import type { KnowledgeIssue } from './knowledge-error.js';
import { locate, type ParsedYaml } from './parse-yaml-file.js';

/** Reads one knowledge file and validates it (as `loadKnowledge` does); undefined when it is absent or invalid. */
export type ReadValidated = <T>(
  file: string,
  schema: z.ZodType<T>,
  optional?: boolean,
) => Promise<{ parsed: ParsedYaml; value: T } | undefined>;

/** The folder of the Chinese knowledge; without its topics file the knowledge is English only. */
export const CHINESE_DIR = 'zh';

/**
 * Reads `knowledge/zh/`: undefined when the folder has no topics file; otherwise every Chinese file, checked
 * against the English knowledge so that a topic or fact without its Chinese text fails naming file and line.
 */
export async function loadChinese(
  read: ReadValidated,
  english: { topics: readonly Topic[]; facts: readonly Fact[]; concepts: ConceptsFile | undefined },
  issues: KnowledgeIssue[],
): Promise<ChineseKnowledge | undefined> {
  const topics = await read(`${CHINESE_DIR}/topics.yaml`, chineseTopicsFileSchema, true);
  if (!topics) return undefined;
  const facts = await read(`${CHINESE_DIR}/facts.yaml`, chineseFactsFileSchema);
  const concepts = await read(`${CHINESE_DIR}/concepts.yaml`, chineseConceptsFileSchema);
  const questions = await read(`${CHINESE_DIR}/questions.yaml`, chineseQuestionsFileSchema);
  const outOfScope = await read(`${CHINESE_DIR}/out-of-scope.yaml`, chineseOutOfScopeFileSchema);
  const terms = await read(`${CHINESE_DIR}/terms.yaml`, termsFileSchema);
  if (!facts || !concepts || !questions || !outOfScope || !terms) return undefined;

  const before = issues.length;
  issues.push(...checkCovers(topics.parsed, 'topics', english.topics, topics.value.topics, 'topic', (t) => `topics/${t.id}.yaml`));
  issues.push(...checkCovers(facts.parsed, 'facts', english.facts, facts.value.facts, 'fact', () => 'facts/'));
  issues.push(
    ...checkCovers(questions.parsed, 'questions', english.topics, questions.value.questions, 'topic', (t) => `topics/${t.id}.yaml`, false),
  );
  const known = new Set(Object.keys(english.concepts?.concepts ?? {}));
  for (const id of Object.keys(concepts.value.concepts)) {
    if (!known.has(id)) issues.push(locate(concepts.parsed, ['concepts', id], `no concept "${id}" in concepts.yaml`));
  }
  if (issues.length > before) return undefined;
  return {
    facts: new Map(Object.entries(facts.value.facts)),
    topics: new Map(Object.entries(topics.value.topics)),
    concepts: concepts.value.concepts,
    questions: questions.value.questions,
    outOfScope: outOfScope.value.examples,
    terms: terms.value.terms,
  };
}

type Worded = { id: string; teacher?: string | undefined; enterprise?: string | undefined };

/**
 * Every English item has a Chinese entry (with the teacher/enterprise wording the English has, when `wordings`),
 * and every Chinese entry names an English item.
 */
function checkCovers<T extends Worded>(
  parsed: ParsedYaml,
  root: string,
  items: readonly T[],
  chinese: Readonly<Record<string, object>>,
  kind: string,
  fileOf: (item: T) => string,
  wordings = true,
): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const ids = new Set(items.map((i) => i.id));
  for (const item of items) {
    const entry = chinese[item.id] as Partial<Record<'teacher' | 'enterprise', string>> | undefined;
    if (!entry) {
      issues.push(
        locate(parsed, [root], `${kind} "${item.id}" (${fileOf(item)}) has no Chinese text here: add "${item.id}" under ${root}`),
      );
      continue;
    }
    if (!wordings) continue;
    for (const audience of ['teacher', 'enterprise'] as const) {
      if (item[audience] && !entry[audience])
        issues.push(
          locate(parsed, [root, item.id], `${kind} "${item.id}" has an English ${audience} wording but no Chinese one: add "${audience}"`),
        );
    }
  }
  for (const id of Object.keys(chinese)) {
    if (!ids.has(id)) issues.push(locate(parsed, [root, id], `no ${kind} "${id}" in the English knowledge`));
  }
  return issues;
}
