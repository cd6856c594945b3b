import { z } from 'zod';
import { topicIdSchema } from './topic.js';
import { VERDICTS } from './verdicts.js';

export { VERDICTS };
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

/** What kind of thing a concept names: who, what aspect, which situation, or a modifier of the question. */
export const CONCEPT_KINDS = ['party', 'aspect', 'situation', 'modifier'] as const;

/** What a question can ask for that a fact may or may not state: a figure, a length of time, a date. */
export const STATED_KINDS = ['amount', 'duration', 'date'] as const;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** Concept ids: lowercase words joined by hyphens, e.g. `injury-insurance`. */
export const conceptIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase words joined by hyphens');

/** Fact ids: dotted lowercase words, e.g. `leave.injury-insurance.payer`. */
export const factIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/, 'must be dotted lowercase words like "leave.injury-insurance.payer"')
  .max(80);

/** A rule that changes a fact's verdict when the question names certain concepts. */
export const verdictRuleSchema = z.strictObject({
  /** Every one of these concepts must be in the question. */
  when: z.array(conceptIdSchema).min(1),
  /** None of these concepts may be in the question ("insurance", not "injury insurance"). */
  without: z.array(conceptIdSchema).default([]),
  verdict: verdictSchema,
  /** Other facts that explain this verdict, shown after the fact itself. */
  with: z.array(factIdSchema).default([]),
  /** True when the rule settles the verdict and the model learned from example questions may not overrule it. */
  firm: z.boolean().default(false),
});
export type VerdictRule = z.infer<typeof verdictRuleSchema>;

/** A yes/no question this fact answers, as people ask it, with the verdict the fact gives it. */
export const factAskSchema = z.strictObject({ q: text(200), verdict: verdictSchema });
export type FactAsk = z.infer<typeof factAskSchema>;

/** One atomic statement of the source: whom it concerns, about what, with its clauses and wording. */
export const factSchema = z.strictObject({
  id: factIdSchema,
  /** The topic this fact belongs to; `topics` lists others it also answers. */
  topic: topicIdSchema,
  topics: z.array(topicIdSchema).default([]),
  clauses: z.array(z.string().min(1)).min(1, 'must cite at least one clause'),
  /** Words of the fact that the cited clauses must contain (case and word endings ignored). */
  terms: z.array(text(80)).min(1, 'must name at least one key term found in its clauses'),
  /** The concepts (parties, aspects, situations) this fact is about. */
  about: z.array(conceptIdSchema).min(1),
  /** What the fact gives: a figure, a duration or a date (a question asking for one the fact lacks is "not stated"). */
  states: z.array(z.enum(STATED_KINDS)).default([]),
  text: text(600),
  teacher: text(600).optional(),
  enterprise: text(600).optional(),
  /**
   * Who does what the fact states (the school keeps evaluating titles): "do we run his title evaluation?" asked by
   * another party is a no.
   */
  by: z.enum(['teacher', 'school', 'enterprise', 'government']).optional(),
  /** Whether the fact allows something (may, can) or requires it (must, shall): "do I have to…?" of what is only allowed is a no. */
  modality: z.enum(['permission', 'obligation']).optional(),
  /** The verdict for a yes/no question this fact settles; absent for facts that settle none. */
  verdict: verdictSchema.optional(),
  /** Verdict rules, tried in order before `verdict`. */
  unless: z.array(verdictRuleSchema).default([]),
  /** Yes/no questions the fact answers, with their verdicts: examples a question is compared with. */
  asks: z.array(factAskSchema).default([]),
  /** Concepts that turn the question around ("lose", "refuse", "prohibited"), swapping yes and no. */
  flipOn: z.array(conceptIdSchema).default(['lose', 'refuse', 'prohibited']),
});
export type Fact = z.infer<typeof factSchema>;

/** A facts file: a list of facts, usually those of one area of the guidance. */
export const factsFileSchema = z.strictObject({ facts: z.array(factSchema).min(1) });
export type FactsFile = z.infer<typeof factsFileSchema>;

/** One concept: its kind and the phrases that name it in a question (matched on word stems). */
export const conceptSchema = z.strictObject({
  kind: z.enum(CONCEPT_KINDS),
  phrases: z.array(text(80)).min(1),
});
export type Concept = z.infer<typeof conceptSchema>;

/** The concepts file: every concept facts and rules may name. */
export const conceptsFileSchema = z.strictObject({ concepts: z.record(conceptIdSchema, conceptSchema) });
export type ConceptsFile = z.infer<typeof conceptsFileSchema>;
