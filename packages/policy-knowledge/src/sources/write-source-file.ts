import { Document, isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { SourceClause } from './import-clauses.js';
import type { SourceMeta } from './source-file.js';

/** What an import writes for a source: its description, its sections and its clauses in document order. */
export interface SourceContent {
  meta: SourceMeta;
  sections: { id: string; title: string }[];
  clauses: SourceClause[];
}

const HEADER = [
  ' A source document split into clauses by `pnpm kb import`; cite a clause as "<source id>:<clause id>".',
  ' Re-import the document to update it: unchanged clauses keep their ids, and `pnpm kb validate` lists the answers',
  ' written against a clause that changed.',
].join('\n');

/**
 * The YAML text of a source's clauses file. With the previous text, everything else in it (comments, numbered
 * lists, section titles) is kept: only the version, new sections and the clauses are replaced.
 */
export function renderSourceFile(content: SourceContent, previousText?: string): string {
  const document = previousText === undefined ? freshDocument(content.meta) : parseDocument(previousText);
  document.setIn(['source', 'version'], quoted(content.meta.version));
  for (const field of ['title', 'attribution'] as const) {
    if (document.getIn(['source', field]) !== content.meta[field]) document.setIn(['source', field], quoted(content.meta[field]));
  }
  const sections = document.get('sections', true);
  const sectionSeq = isSeq(sections) ? sections : new YAMLSeq();
  const known = new Set(sectionSeq.items.map((item) => (isMap(item) ? String(item.get('id')) : '')));
  for (const section of content.sections) {
    if (known.has(section.id) || !content.clauses.some((c) => c.section === section.id)) continue;
    const node = new YAMLMap();
    node.flow = true;
    node.set('id', quoted(section.id));
    node.set('title', quoted(section.title));
    sectionSeq.items.push(node);
  }
  document.set('sections', sectionSeq);
  document.set('clauses', clauseSeq(content.clauses));
  // The house style: `["3-10", "3-11"]` lists, `{ id: "1", title: … }` sections (yaml pads both or neither).
  return document.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/^(\s*- )\{(.*)\}$/gm, '$1{ $2 }');
}

function freshDocument(meta: SourceMeta): Document {
  const document = new Document({});
  document.commentBefore = HEADER;
  const source = new YAMLMap();
  source.set('id', meta.id);
  source.set('version', quoted(meta.version));
  source.set('title', quoted(meta.title));
  source.set('attribution', quoted(meta.attribution));
  document.set('source', source);
  return document;
}

function clauseSeq(clauses: readonly SourceClause[]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const clause of clauses) {
    const node = new YAMLMap();
    node.set('id', quoted(clause.id));
    node.set('section', quoted(clause.section));
    node.set('text', quoted(clause.text));
    seq.items.push(node);
  }
  return seq;
}

function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}
