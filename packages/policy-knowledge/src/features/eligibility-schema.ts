import { z } from 'zod';
import { citationsSchema, featureIdSchema, text, zhOf, zhText } from './schema-parts.js';

/** The verdicts an eligibility check can reach. */
export const ELIGIBILITY_VERDICTS = ['eligible', 'not-eligible', 'depends'] as const;
export type EligibilityVerdictKind = (typeof ELIGIBILITY_VERDICTS)[number];

/** A condition on earlier answers: question id → the choice (or choices) that satisfy it. */
export const conditionSchema = z.record(
  featureIdSchema,
  z.union([featureIdSchema, z.array(featureIdSchema).min(1)]).transform((v) => (Array.isArray(v) ? v : [v])),
);
export type Condition = z.infer<typeof conditionSchema>;

/** One question with fixed choices (each labelled in English and Chinese); `when` limits it to some earlier answers. */
export const eligibilityQuestionSchema = z.strictObject({
  id: featureIdSchema,
  prompt: text(300),
  when: conditionSchema.optional(),
  choices: z
    .array(z.strictObject({ id: featureIdSchema, label: text(150), zh: zhOf({ label: zhText(150) }) }))
    .min(2)
    .max(10),
  zh: zhOf({ prompt: zhText(300) }),
});
export type EligibilityQuestionRule = z.infer<typeof eligibilityQuestionSchema>;

/** A verdict rule: the first rule whose condition the answers meet ends the check. */
export const eligibilityRuleSchema = z
  .strictObject({
    when: conditionSchema.refine((c) => Object.keys(c).length > 0, 'must name at least one answer'),
    verdict: z.enum(ELIGIBILITY_VERDICTS),
    text: text(1500),
    dependsOn: text(300).optional(),
    citations: citationsSchema,
    zh: zhOf({ text: zhText(1500), dependsOn: zhText(300).optional() }),
  })
  .superRefine((rule, ctx) => {
    if (rule.verdict === 'depends' && !rule.dependsOn) {
      ctx.addIssue({ code: 'custom', path: ['dependsOn'], message: 'a "depends" verdict must say what it depends on' });
    }
    if (rule.verdict !== 'depends' && rule.dependsOn) {
      ctx.addIssue({ code: 'custom', path: ['dependsOn'], message: 'only a "depends" verdict has dependsOn' });
    }
    if (rule.dependsOn !== undefined && rule.zh.dependsOn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['zh', 'dependsOn'], message: 'the Chinese text is missing: add the Chinese of dependsOn' });
    }
    if (rule.dependsOn === undefined && rule.zh.dependsOn !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['zh', 'dependsOn'], message: 'only a rule with dependsOn has its Chinese' });
    }
  });
export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>;

/** eligibility.yaml: the questions, asked in order, and the verdict rules, tried in order; every text also in Chinese. */
export const eligibilityFileSchema = z.strictObject({
  intro: text(500),
  zh: zhOf({ intro: zhText(500) }),
  questions: z.array(eligibilityQuestionSchema).min(1),
  rules: z.array(eligibilityRuleSchema).min(1),
});
export type EligibilityFile = z.infer<typeof eligibilityFileSchema>;
