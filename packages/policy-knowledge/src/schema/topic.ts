import { z } from 'zod';
import { AUDIENCES } from '../audiences.js';
import { sourceMetaSchema } from '../sources/source-file.js';

export { AUDIENCES };
export const audienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audienceSchema>;

/** The browse groups shown in help screens and the Slack App Home. */
export const CATEGORIES = ['entitlements', 'ways', 'modes', 'obligations', 'guidance', 'problems', 'needs', 'background'] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

/** Minimum number of training questions a topic must have. */
export const MIN_TRAINING_QUESTIONS = 12;

/** Topic ids: dotted lowercase words, e.g. `leave.social-insurance`. No path characters. */
export const topicIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, 'must be dotted lowercase words like "leave.social-insurance"')
  .max(64);

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** One topic file: a question people ask, how to recognise it and the faithful answer. */
export const topicSchema = z.strictObject({
  id: topicIdSchema,
  title: text(80),
  category: categorySchema,
  audiences: z.array(audienceSchema).min(1).max(2),
  questions: z.array(text(300)).min(MIN_TRAINING_QUESTIONS, `needs at least ${MIN_TRAINING_QUESTIONS} training questions`),
  answer: text(2500),
  teacher: text(2500).optional(),
  enterprise: text(2500).optional(),
  citations: z.array(z.string().min(1)).min(1, 'must cite at least one clause'),
  related: z.array(topicIdSchema).default([]),
  followUps: z.array(text(150)).default([]),
});
export type Topic = z.infer<typeof topicSchema>;

/** A clause of the source document that answers cite. */
export const clauseSchema = z.strictObject({
  id: z.string().regex(/^\d(\.\d)?-\d+$/, 'must look like "3-4" or "4.1-2"'),
  section: z.string().regex(/^\d(\.\d)?$/),
  text: text(4000),
});
export type Clause = z.infer<typeof clauseSchema>;

/** A numbered list in the source ("first, … second, …"), so "the fourth point" can be looked up. */
export const clauseListSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: text(200),
  section: z.string().regex(/^\d(\.\d)?$/),
  /** Words that show a question means this list ("treatment", "point"). */
  cues: z.array(text(60)).min(1),
  /** The clause ids of each item, in order. */
  items: z.array(z.array(z.string().min(1)).min(1)).min(2),
});
export type ClauseList = z.infer<typeof clauseListSchema>;

/** The clauses file: the source's attribution, its sections, its clauses and its numbered lists. */
export const clausesFileSchema = z.strictObject({
  source: sourceMetaSchema,
  sections: z.array(z.strictObject({ id: z.string(), title: text(200) })).min(1),
  clauses: z.array(clauseSchema).min(1),
  lists: z.array(clauseListSchema).default([]),
});
export type ClausesFile = z.infer<typeof clausesFileSchema>;

/** Questions the guidance does not answer, trained as the explicit "not covered" class. */
export const outOfScopeFileSchema = z.strictObject({
  examples: z.array(text(300)).min(MIN_TRAINING_QUESTIONS),
});
export type OutOfScopeFile = z.infer<typeof outOfScopeFileSchema>;

/** Messages to refuse and ordinary questions with alarming words: the training data of the refusal check. */
export const refusalsFileSchema = z.strictObject({
  refuse: z.array(text(300)).min(MIN_TRAINING_QUESTIONS),
  ordinary: z.array(text(300)).min(MIN_TRAINING_QUESTIONS),
});
export type RefusalsFile = z.infer<typeof refusalsFileSchema>;
