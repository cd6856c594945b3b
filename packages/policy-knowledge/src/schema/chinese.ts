import { z } from 'zod';
import { conceptIdSchema, factIdSchema } from './fact.js';
import { MIN_TRAINING_QUESTIONS, topicIdSchema } from './topic.js';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** The Chinese wording of one fact: its neutral text and, where the English fact has them, the audiences' wordings. */
export const chineseFactSchema = z.strictObject({ text: text(400), teacher: text(400).optional(), enterprise: text(400).optional() });
export type ChineseFact = z.infer<typeof chineseFactSchema>;

/** `zh/facts.yaml`: the Chinese wording of every fact, keyed by fact id. */
export const chineseFactsFileSchema = z.strictObject({ facts: z.record(factIdSchema, chineseFactSchema) });

/** The Chinese wording of one topic: title, answer and, where the English topic has them, the audiences' answers. */
export const chineseTopicSchema = z.strictObject({
  title: text(60),
  answer: text(1500),
  teacher: text(1500).optional(),
  enterprise: text(1500).optional(),
});
export type ChineseTopic = z.infer<typeof chineseTopicSchema>;

/** `zh/topics.yaml`: the Chinese wording of every topic, keyed by topic id. */
export const chineseTopicsFileSchema = z.strictObject({ topics: z.record(topicIdSchema, chineseTopicSchema) });

/** `zh/concepts.yaml`: the Chinese phrases of the concepts of concepts.yaml, keyed by the same ids. */
export const chineseConceptsFileSchema = z.strictObject({ concepts: z.record(conceptIdSchema, z.array(text(30)).min(1)) });

/** `zh/questions.yaml`: Chinese training questions of every topic, keyed by topic id. */
export const chineseQuestionsFileSchema = z.strictObject({
  questions: z.record(
    topicIdSchema,
    z.array(text(150)).min(MIN_TRAINING_QUESTIONS, `needs at least ${MIN_TRAINING_QUESTIONS} Chinese training questions`),
  ),
});

/** `zh/out-of-scope.yaml`: Chinese questions the guidance does not answer. */
export const chineseOutOfScopeFileSchema = z.strictObject({ examples: z.array(text(150)).min(MIN_TRAINING_QUESTIONS) });

/** One fixed term: the English wording, the one Chinese wording every text uses, and other ways people type it. */
export const termSchema = z.strictObject({ en: text(80), zh: text(30), aliases: z.array(text(40)).default([]) });
export type Term = z.infer<typeof termSchema>;

/** `zh/terms.yaml`: the fixed terminology, one entry per term. */
export const termsFileSchema = z.strictObject({ terms: z.array(termSchema).min(1) });

/** The Chinese side of the knowledge, loaded from `knowledge/zh/`. */
export interface ChineseKnowledge {
  facts: ReadonlyMap<string, ChineseFact>;
  topics: ReadonlyMap<string, ChineseTopic>;
  concepts: Readonly<Record<string, readonly string[]>>;
  questions: Readonly<Record<string, readonly string[]>>;
  outOfScope: readonly string[];
  terms: readonly Term[];
}
