import { z } from 'zod';
import { topicIdSchema } from '../schema/topic.js';
import { citationsSchema, featureIdSchema, keywordsSchema, text, zhKeywordsSchema, zhOf, zhText } from './schema-parts.js';

/** How one cooperation mode (a `modes.*` topic) serves a need, and the clauses that say so. */
export const needModeSchema = z.strictObject({
  mode: topicIdSchema,
  why: text(300),
  citations: citationsSchema,
  zh: zhOf({ why: zhText(300) }),
});

/** One of the enterprise needs the paper lists, with the modes that serve it; `zh` holds its Chinese label and keywords. */
export const needSchema = z
  .strictObject({
    id: featureIdSchema,
    label: text(80),
    keywords: keywordsSchema,
    modes: z.array(needModeSchema).default([]),
    note: z.strictObject({ text: text(500), citations: citationsSchema, zh: zhOf({ text: zhText(500) }) }).optional(),
    zh: zhOf({ label: zhText(80), keywords: zhKeywordsSchema }),
  })
  .refine((need) => need.modes.length > 0 || need.note !== undefined, {
    message: 'needs at least one mode, or a note saying the paper links none',
    path: ['modes'],
  });
export type Need = z.infer<typeof needSchema>;

/** mode-finder.yaml: where the needs come from and the need → mode mapping. */
export const modeFinderFileSchema = z.strictObject({
  citations: citationsSchema,
  needs: z.array(needSchema).min(1),
});
export type ModeFinderFile = z.infer<typeof modeFinderFileSchema>;
