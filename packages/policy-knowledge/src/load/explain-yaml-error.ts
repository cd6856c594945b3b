import type { YAMLError } from 'yaml';

/** A YAML syntax problem in plain words, at the line where the admin has to fix it. */
export interface PlainYamlError {
  line: number;
  column: number;
  message: string;
}

const OPENS_BLOCK = /(:|^-|\s-)\s*(#.*)?$/;
const BLOCK_SCALAR = /[:-]\s*[|>][+-]?\d*\s*(#.*)?$/;
const LOOKS_LIKE_KEY_OR_ITEM = /^\s*(- |[\w"'][^:#]*:(\s|$))/;

const indentOf = (line: string) => line.length - line.trimStart().length;
const isBlank = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

/**
 * The first line at or after `fromLine` (1-based) that is indented more than the line above it although that line
 * opens nothing (it is a complete `key: value` or list item), skipping the text of `|` and `>` blocks.
 */
export function findOverIndentedLine(lines: readonly string[], fromLine: number): number | undefined {
  let previous: string | undefined;
  let blockIndent: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const indent = indentOf(line);
    if (blockIndent !== undefined && indent > blockIndent) continue;
    blockIndent = undefined;
    const opens = previous === undefined || OPENS_BLOCK.test(previous.trimEnd());
    if (i + 1 >= fromLine && previous !== undefined && indent > indentOf(previous) && !opens && LOOKS_LIKE_KEY_OR_ITEM.test(line)) {
      return i + 1;
    }
    if (BLOCK_SCALAR.test(line.trimEnd())) blockIndent = indent;
    previous = line;
  }
  return undefined;
}

/** The line `line` (1-based) when it is a list item whose "- " is not in the same column as the item above it. */
function findMisalignedItem(lines: readonly string[], line: number): number | undefined {
  const current = lines[line - 1] ?? '';
  if (!current.trimStart().startsWith('- ')) return undefined;
  for (let i = line - 2; i >= 0; i--) {
    const above = lines[i]!;
    if (isBlank(above)) continue;
    return above.trimStart().startsWith('- ') && indentOf(above) !== indentOf(current) ? line : undefined;
  }
  return undefined;
}

/** Turns the YAML parser's error into plain words at the line to fix; unknown errors keep the parser's wording. */
export function explainYamlError(text: string, error: YAMLError, at: { line: number; col: number }): PlainYamlError {
  const lines = text.split(/\r?\n/);
  const quoted = (n: number) => `"${(lines[n - 1] ?? '').trim().slice(0, 60)}"`;
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT': {
      const over = findOverIndentedLine(lines, at.line);
      if (over !== undefined) {
        return {
          line: over,
          column: 1,
          message: `line ${over} is indented more than the lines above it: line it up with the line above (${quoted(over)})`,
        };
      }
      const misaligned = findMisalignedItem(lines, at.line);
      if (misaligned !== undefined) {
        return {
          line: misaligned,
          column: 1,
          message: `line ${misaligned} is not lined up with the list item above it: start its "- " in the same column`,
        };
      }
      if (/:\s.*:\s/.test(lines[at.line - 1] ?? '')) {
        return {
          line: at.line,
          column: at.col,
          message: `line ${at.line} has a second ": " inside its text: put the text after the first ": " in double quotes`,
        };
      }
      if (error.code === 'BAD_INDENT' && /\[|\{/.test(lines[at.line - 2] ?? '')) {
        return { line: at.line - 1, column: 1, message: `a list or map opened with [ or { on line ${at.line - 1} is never closed` };
      }
      break;
    }
    case 'TAB_AS_INDENT':
      return { line: at.line, column: 1, message: `line ${at.line} is indented with a tab: indent with spaces only` };
    case 'DUPLICATE_KEY':
      return { line: at.line, column: at.col, message: `the field on line ${at.line} appears twice in this file: keep one of them` };
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) {
        return { line: at.line, column: at.col, message: `a quotation mark opened before line ${at.line} is never closed` };
      }
      break;
    default:
      break;
  }
  return { line: at.line, column: at.col, message: `YAML syntax: ${error.message.split('\n')[0] ?? error.message}` };
}
