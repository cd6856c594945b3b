import { isMap, isScalar, isSeq, Scalar } from 'yaml';
import type { KnowledgeIssue } from './knowledge-error.js';
import type { ParsedYaml } from './parse-yaml-file.js';

/** Text inside one unquoted list item that usually means two items ran together (an item indented too far). */
const MERGE_MARKS = [' - ', ': '] as const;

/** Items that are two items run together (errors) and items that only look like it (warnings). */
export interface MergedItems {
  errors: KnowledgeIssue[];
  warnings: KnowledgeIssue[];
}

/**
 * Flags unquoted items of the list at `field` that contain " - " or ": ". A list item indented two spaces too far
 * is read as the end of the item above it, silently merging two training questions: such an item spans two lines
 * and is an error. On one line it may be meant ("parttime work - rules?"), so it is a warning. Quoting an item
 * marks it as meant; the message says how to fix either case.
 */
export function checkMergedItems(parsed: ParsedYaml, field: string): MergedItems {
  const found: MergedItems = { errors: [], warnings: [] };
  const list = parsed.document.get(field, true);
  if (!isSeq(list)) return found;
  list.items.forEach((item, index) => {
    if (isMap(item) && item.range) {
      const pos = parsed.lines.linePos(item.range[0]);
      found.errors.push({
        file: parsed.file,
        line: pos.line,
        column: pos.col,
        field: `${field}.${index}`,
        message: 'this item contains ": ", so it is read as a field name and a value, not as text: put the whole item in double quotes',
      });
      return;
    }
    if (!isScalar(item) || item.type !== Scalar.PLAIN || typeof item.value !== 'string') return;
    const mark = MERGE_MARKS.find((m) => (item.value as string).includes(m));
    if (!mark || !item.range) return;
    const pos = parsed.lines.linePos(item.range[0]);
    const end = parsed.lines.linePos(item.range[1]).line;
    const merged = end > pos.line;
    const spans = merged ? ` (it runs over lines ${pos.line}–${end}: is line ${end} indented more than the others?)` : '';
    (merged ? found.errors : found.warnings).push({
      file: parsed.file,
      line: pos.line,
      column: pos.col,
      field: `${field}.${index}`,
      message:
        `this item contains "${mark}" and ${merged ? 'is' : 'may be'} two items run together${spans}. Start each item on its own ` +
        `line with "- " lined up with the others; if it really is one item, put it in double quotes.`,
    });
  });
  return found;
}
