import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SOURCES_FOLDER } from '../load/load-sources.js';
import { importClauses, type ClauseDiff, type SourceClause } from './import-clauses.js';
import { readDocument } from './read-document.js';
import { sourceIdSchema, SHIPPED_SOURCE_ID, type SourceMeta } from './source-file.js';
import { renderSourceFile } from './write-source-file.js';

/** What `kb import` was asked to do. */
export interface ImportRequest {
  knowledgeDir: string;
  /** The document's text (plain text or Markdown). */
  text: string;
  /** Read `#` headings (Markdown) rather than numbered lines; default: guessed from the text. */
  markdown?: boolean;
  sourceId: string;
  title?: string;
  attribution?: string;
  version?: string;
}

/** The outcome of an import, not yet written: the file, its new text, and what changed. */
export interface ImportPlan {
  /** The clauses file, relative to the knowledge folder: `clauses.yaml` or `sources/<id>.yaml`. */
  file: string;
  meta: SourceMeta;
  previousVersion: string | undefined;
  clauses: SourceClause[];
  diff: ClauseDiff;
  /** The YAML to write; undefined when nothing changed. */
  yaml: string | undefined;
}

/** A request that cannot be carried out (unknown source without an attribution, a document with no sections). */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** Splits a document into a source's clauses and compares them with the source's current file; writes nothing. */
export async function planImport(request: ImportRequest): Promise<ImportPlan> {
  const id = sourceIdSchema.safeParse(request.sourceId);
  if (!id.success) throw new ImportError(`--source ${request.sourceId}: ${id.error.issues[0]?.message ?? 'invalid id'}`);
  const shippedText = await readFile(join(request.knowledgeDir, 'clauses.yaml'), 'utf8').catch(() => undefined);
  const shippedId = String((shippedText && parseFile('clauses.yaml', shippedText)?.source?.id) || SHIPPED_SOURCE_ID);
  const file = request.sourceId === shippedId ? 'clauses.yaml' : `${SOURCES_FOLDER}/${request.sourceId}.yaml`;
  const previousText =
    file === 'clauses.yaml' ? shippedText : await readFile(join(request.knowledgeDir, file), 'utf8').catch(() => undefined);
  const previous = previousText === undefined ? undefined : parseFile(file, previousText);

  const document = readDocument(request.text, request.markdown);
  if (document.sections.length === 0)
    throw new ImportError('no numbered sections found: expected headings such as "1. Scope", "2.1 Leave" or "## 3. Duties"');
  const title = request.title ?? previous?.source?.title ?? document.frontMatter[0];
  const attribution = request.attribution ?? previous?.source?.attribution;
  if (!title) throw new ImportError(`source "${request.sourceId}" is new: give its title with --title "…"`);
  if (!attribution) throw new ImportError(`source "${request.sourceId}" is new: say where it comes from with --attribution "…"`);

  const { clauses, diff } = importClauses(document.sections, previous?.clauses ?? []);
  const changed = previous === undefined || diff.added.length + diff.changed.length + diff.removed.length > 0;
  const previousVersion = previous?.source?.version === undefined ? undefined : String(previous.source.version);
  const version = request.version ?? (previousVersion === undefined ? '1' : changed ? nextVersion(previousVersion) : previousVersion);
  const meta: SourceMeta = { id: request.sourceId, title, attribution, version };
  const metaChanged = previous !== undefined && (version !== previousVersion || title !== previous.source?.title);
  const yaml = changed || metaChanged ? renderSourceFile({ meta, sections: document.sections, clauses }, previousText) : undefined;
  return { file, meta, previousVersion, clauses, diff, yaml };
}

/** A source file as far as an import needs it; one that is not valid YAML stops the import (nothing is overwritten). */
function parseFile(file: string, text: string): { source?: Partial<SourceMeta>; clauses?: SourceClause[] } | undefined {
  try {
    return (parse(text) ?? undefined) as { source?: Partial<SourceMeta>; clauses?: SourceClause[] } | undefined;
  } catch {
    throw new ImportError(`${file} is not valid YAML: run \`pnpm kb validate\` and fix it before importing`);
  }
}

/** The version after `version`: its last number plus one ("1" → "2", "2024-r3" → "2024-r4"), else "-2" appended. */
export function nextVersion(version: string): string {
  const match = /^(.*?)(\d+)$/.exec(version);
  return match ? `${match[1]}${Number(match[2]) + 1}` : `${version}-2`;
}
