import { z } from 'zod';
import { topicIdSchema } from '../schema/topic.js';
import { citationsSchema, featureIdSchema, text } from './schema-parts.js';

/** One guidance term, the everyday and pinyin words people use for it, and a plain definition. */
export const glossaryEntrySchema = z.strictObject({
  id: featureIdSchema,
  term: text(80),
  aliases: z.array(text(80)).min(1, 'needs at least one everyday or pinyin alias'),
  definition: text(600),
  citations: citationsSchema,
  topic: topicIdSchema.optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** glossary.yaml: the terms. */
export const glossaryFileSchema = z.strictObject({
  terms: z.array(glossaryEntrySchema).min(1),
});
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
