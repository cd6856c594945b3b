import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clause } from '../schema/topic.js';
import { citedClauseId, sourceFileSchema, splitCitedId, type SourceFile, type SourceMeta } from '../sources/source-file.js';
import type { KnowledgeIssue } from './knowledge-error.js';
import { locate, type ParsedYaml } from './parse-yaml-file.js';

/** The folder of the further sources, one `<id>.yaml` each, beside `clauses.yaml`. */
export const SOURCES_FOLDER = 'sources';

type ReadValidated = (file: string, schema: typeof sourceFileSchema) => Promise<{ parsed: ParsedYaml; value: SourceFile } | undefined>;

/** Reads and validates `sources/*.yaml` (the folder is optional); a file must be named after its source id. */
export async function readSourceFiles(
  dir: string,
  read: ReadValidated,
  issues: KnowledgeIssue[],
): Promise<{ parsed: ParsedYaml; value: SourceFile }[]> {
  const names = (await readdir(join(dir, SOURCES_FOLDER)).catch(() => [])).filter((n) => /\.ya?ml$/.test(n)).sort();
  const files: { parsed: ParsedYaml; value: SourceFile }[] = [];
  for (const name of names) {
    const loaded = await read(`${SOURCES_FOLDER}/${name}`, sourceFileSchema);
    if (!loaded) continue;
    const expected = `${loaded.value.source.id}.yaml`;
    if (name !== expected)
      issues.push(locate(loaded.parsed, ['source', 'id'], `file name must match the source id: rename to ${expected}`));
    else files.push(loaded);
  }
  return files;
}

/**
 * Adds every further source's clauses to `clauses` under `<source>:<clause>` and returns every source's description,
 * the paper of `clauses.yaml` first. A source id used twice, or the paper's own id, is an error.
 */
export function addSourceClauses(
  clauses: Map<string, Clause>,
  shipped: SourceMeta,
  files: { parsed: ParsedYaml; value: SourceFile }[],
  issues: KnowledgeIssue[],
): SourceMeta[] {
  const documents = [shipped];
  for (const { parsed, value } of files) {
    if (documents.some((d) => d.id === value.source.id)) {
      issues.push(locate(parsed, ['source', 'id'], `source id "${value.source.id}" is already used (clauses.yaml or another source)`));
      continue;
    }
    documents.push(value.source);
    const sections = new Set(value.sections.map((s) => s.id));
    value.clauses.forEach((clause, i) => {
      if (!sections.has(clause.section))
        issues.push(locate(parsed, ['clauses', i, 'section'], `section "${clause.section}" is not in the sections list`));
      clauses.set(citedClauseId(value.source.id, clause.id), { ...clause, id: citedClauseId(value.source.id, clause.id) });
    });
  }
  return documents;
}

/** Where a cited clause id should be defined, for error messages: `clauses.yaml` or `sources/<id>.yaml`. */
export function clauseFileOf(cited: string): string {
  const { source } = splitCitedId(cited);
  return source === undefined ? 'clauses.yaml' : `${SOURCES_FOLDER}/${source}.yaml`;
}
