import { z } from 'zod';
import { topicIdSchema } from '../schema/topic.js';
import { citationsSchema, featureIdSchema, text, zhOf, zhText } from './schema-parts.js';

/** One guidance term, the everyday and pinyin words people use for it, and a plain definition, in English and Chinese. */
export const glossaryEntrySchema = z.strictObject({
  id: featureIdSchema,
  term: text(80),
  aliases: z.array(text(80)).min(1, 'needs at least one everyday or pinyin alias'),
  definition: text(600),
  citations: citationsSchema,
  topic: topicIdSchema.optional(),
  zh: zhOf({ term: zhText(40), definition: zhText(600) }),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** glossary.yaml: the terms. */
export const glossaryFileSchema = z.strictObject({
  terms: z.array(glossaryEntrySchema).min(1),
});
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
