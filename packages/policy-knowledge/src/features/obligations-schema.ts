import { z } from 'zod';
import { topicIdSchema } from '../schema/topic.js';
import { citationsSchema, featureIdSchema, keywordsSchema, text, zhKeywordsSchema, zhOf, zhText } from './schema-parts.js';

/** The parties an obligation can fall on. */
export const PARTIES = ['school', 'teacher', 'enterprise'] as const;
export type Party = (typeof PARTIES)[number];

/** One thing a party must do or sign, with the clauses that say so. */
export const obligationItemSchema = z.strictObject({
  party: z.enum(PARTIES),
  action: text(400),
  citations: citationsSchema,
  zh: zhOf({ action: zhText(400) }),
});

/** A situation and what the guidance asks of each party in it. */
export const situationSchema = z
  .strictObject({
    id: featureIdSchema,
    title: text(120),
    keywords: keywordsSchema,
    items: z.array(obligationItemSchema).default([]),
    note: z.strictObject({ text: text(600), citations: citationsSchema, zh: zhOf({ text: zhText(600) }) }).optional(),
    related: z.array(topicIdSchema).default([]),
    zh: zhOf({ title: zhText(120), keywords: zhKeywordsSchema }),
  })
  .refine((s) => s.items.length > 0 || s.note !== undefined, {
    message: 'needs at least one item, or a note saying the guidance names none',
    path: ['items'],
  });
export type Situation = z.infer<typeof situationSchema>;

/** What the guidance says can happen before the retention period ends. */
export const timelineEventSchema = z.strictObject({
  id: featureIdSchema,
  title: text(80),
  text: text(400),
  citations: citationsSchema,
  zh: zhOf({ title: zhText(80), text: zhText(400) }),
});

const hasEnd = (text: string) => text.includes('{end}');
const MUST_HAVE_END = 'must contain {end}, where the end date goes';

/** The leave timeline: how long the personnel relationship is kept, what can happen before, where it is silent. */
export const timelineSchema = z
  .strictObject({
    years: z.number().int().min(1).max(10),
    retention: z.strictObject({
      text: text(400).refine(hasEnd, MUST_HAVE_END),
      citations: citationsSchema,
      zh: zhOf({ text: zhText(400).refine(hasEnd, MUST_HAVE_END) }),
    }),
    before: z.array(timelineEventSchema).min(1),
    silent: z.array(text(300)).min(1),
    zh: zhOf({ silent: z.array(zhText(300)).min(1) }),
  })
  .refine((timeline) => timeline.zh.silent.length === timeline.silent.length, {
    message: 'needs one Chinese line for each English line of silent, in the same order',
    path: ['zh', 'silent'],
  });
export type TimelineRules = z.infer<typeof timelineSchema>;

/** obligations.yaml: situations with checklists, and the leave timeline. */
export const obligationsFileSchema = z.strictObject({
  situations: z.array(situationSchema).min(1),
  timeline: timelineSchema,
});
export type ObligationsFile = z.infer<typeof obligationsFileSchema>;
