import { z } from 'zod';

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
