import { z } from 'zod';
import { hasHan } from '../understand/chinese-language.js';

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** Ids inside feature files: lowercase words joined by dashes, e.g. `leave-post`. */
export const featureIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be lowercase words joined by dashes, like "leave-post"')
  .max(48);

/** Clause ids an item cites: at least one; each must exist in clauses.yaml (checked across files). */
export const citationsSchema = z.array(z.string().min(1)).min(1, 'must cite at least one clause');

/** Words or phrases that pick an entry from free text; a trailing `*` matches any word ending. */
export const keywordsSchema = z.array(text(80)).min(1, 'needs at least one keyword');

/** Chinese text of at most `max` characters: present, non-empty and written in Chinese (not left in English). */
export const zhText = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'the Chinese text is missing' : undefined) })
    .trim()
    .min(1, 'must not be empty')
    .max(max)
    .refine(hasHan, 'must be written in Chinese');

/** The Chinese words that pick an entry out of a Chinese message (matched as text, no word boundaries). */
export const zhKeywordsSchema = z.array(zhText(40)).min(1, 'needs at least one Chinese keyword');

/**
 * The `zh` object next to an item's English texts: the Chinese of each of them. When it is missing the error names
 * the fields to write, so an admin who adds an English item sees at once what Chinese it still needs.
 */
export const zhOf = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) => (issue.input === undefined ? `the Chinese text is missing: add zh: { ${Object.keys(shape).join(', ')} }` : undefined),
  });
