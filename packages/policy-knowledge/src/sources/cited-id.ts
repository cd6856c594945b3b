// Kept apart from the source file schema, so answering a question never loads zod.

/** A cited clause id split into its source (undefined for the paper of `clauses.yaml`) and its clause id. */
export function splitCitedId(cited: string): { source: string | undefined; clause: string } {
  const colon = cited.indexOf(':');
  return colon < 0 ? { source: undefined, clause: cited } : { source: cited.slice(0, colon), clause: cited.slice(colon + 1) };
}
