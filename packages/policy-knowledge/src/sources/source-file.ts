import { z } from 'zod';

export { splitCitedId } from './cited-id.js';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** The id of the paper shipped with Cobridge, when `clauses.yaml` names none. */
export const SHIPPED_SOURCE_ID = 'guidance-paper';

/** Source ids: lowercase words joined by hyphens, e.g. `eastmere-rule`. */
export const sourceIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,40}$/, 'must be lowercase words joined by hyphens, like "provincial-rule"');

/** What is said about a source document: its id, title, attribution and version. */
export const sourceMetaSchema = z.strictObject({
  id: sourceIdSchema.default(SHIPPED_SOURCE_ID),
  title: text(300),
  attribution: text(1000),
  version: z.string().trim().min(1).max(40).default('1'),
});
export type SourceMeta = z.infer<typeof sourceMetaSchema>;

/** A clause of a further source; its id is cited as `<source>:<id>`. */
export const sourceClauseSchema = z.strictObject({
  id: z.string().regex(/^\d+(\.\d+)*-\d+$/, 'must look like "3-4" or "4.1-2"'),
  section: z.string().regex(/^\d+(\.\d+)*$/),
  text: text(4000),
});

/** A further source's file, `sources/<id>.yaml`, as `kb import` writes it. */
export const sourceFileSchema = z.strictObject({
  source: sourceMetaSchema.extend({ id: sourceIdSchema }),
  sections: z.array(z.strictObject({ id: z.string(), title: text(300) })).min(1),
  clauses: z.array(sourceClauseSchema).min(1),
});
export type SourceFile = z.infer<typeof sourceFileSchema>;

/** How a clause is cited: bare for the paper of `clauses.yaml` (no source given), `<source>:<clause>` for the others. */
export function citedClauseId(source: string | undefined, clauseId: string): string {
  return source === undefined ? clauseId : `${source}:${clauseId}`;
}
