import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import type { z } from 'zod';
import type { KnowledgeIssue } from './knowledge-error.js';
import { explainYamlError } from './explain-yaml-error.js';

/** A YAML file parsed with positions, so errors can name a line and a column. */
export interface ParsedYaml {
  file: string;
  document: Document.Parsed;
  lines: LineCounter;
}

/** Largest knowledge file accepted; bigger ones are refused before parsing. */
export const MAX_FILE_BYTES = 512 * 1024;

/** Parses YAML text, returning the document or the syntax issues (with positions). */
export function parseYamlFile(file: string, bytes: Buffer): ParsedYaml | KnowledgeIssue[] {
  const at = (line: number, column: number, message: string): KnowledgeIssue[] => [{ file, line, column, field: '', message }];
  if (bytes.length > MAX_FILE_BYTES) return at(1, 1, `file is too large (${bytes.length} bytes; the limit is ${MAX_FILE_BYTES})`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\uFFFD')) return at(lineOfReplacement(text), 1, 'file is not valid UTF-8 text');
  if (text.includes('\0')) return at(lineOf(text, text.indexOf('\0')), 1, 'file contains a NUL byte (binary data?)');
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    // One mistake often makes the parser report several errors; the admin needs the first, in plain words.
    const plain = document.errors.map((error) => explainYamlError(text, error, error.linePos?.[0] ?? lines.linePos(error.pos[0])));
    const explained = plain.filter((p) => !p.message.startsWith('YAML syntax:'));
    const messages = [...new Map((explained.length > 0 ? explained : plain).map((p) => [p.message, p])).values()];
    return messages.map((p) => ({ file, line: p.line, column: p.column, field: '', message: p.message }));
  }
  return { file, document, lines };
}

/** Maps zod issues to file positions using the YAML node each issue's path points at. */
export function zodIssuesToKnowledge(parsed: ParsedYaml, issues: readonly z.core.$ZodIssue[]): KnowledgeIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    return locate(parsed, path, issue.message);
  });
}

/** Builds an issue at the position of the node at `path` (or its nearest existing parent). */
export function locate(parsed: ParsedYaml, path: (string | number)[], message: string): KnowledgeIssue {
  const field = path.join('.');
  for (let depth = path.length; depth >= 0; depth--) {
    const node = parsed.document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    const start = node && typeof node === 'object' && node.range ? node.range[0] : undefined;
    if (start !== undefined) {
      const pos = parsed.lines.linePos(start);
      return { file: parsed.file, line: pos.line, column: pos.col, field, message };
    }
    if (depth === 0) break;
  }
  const root = parsed.document.contents;
  const start = isMap(root) || isSeq(root) ? (root.range?.[0] ?? 0) : 0;
  const pos = parsed.lines.linePos(start);
  return { file: parsed.file, line: pos.line, column: pos.col, field, message };
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function lineOfReplacement(text: string): number {
  return lineOf(text, text.indexOf('\uFFFD'));
}
