#!/usr/bin/env node
// Fails on any line wider than 140 columns in the tracked .ts, .mjs and .js files. Columns are counted as a terminal
// and Biome count them: a wide character (Chinese, Japanese, Korean, full-width forms, most emoji) takes two.
// (`awk 'length > 140'` counts bytes, so it also lists Chinese lines that fit.) Biome's formatter wraps code at 140
// but leaves long strings and regexes alone: wrap those, or compose a regex from named word lists.
// Files still over the limit are named in scripts/long-lines.allow until they are rewritten; naming a file that no
// longer has a long line is an error too, so the list only shrinks.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX = 140;
const WIDE_RANGES = [
  '\\u1100-\\u115F', // Hangul Jamo
  '\\u2E80-\\u303E', // CJK radicals, symbols and punctuation
  '\\u3041-\\u33FF', // kana, Bopomofo, CJK compatibility
  '\\u3400-\\u4DBF\\u4E00-\\u9FFF', // CJK ideographs
  '\\uA000-\\uA4CF\\uAC00-\\uD7A3', // Yi, Hangul syllables
  '\\uF900-\\uFAFF\\uFE30-\\uFE4F', // compatibility ideographs and forms
  '\\uFF00-\\uFF60\\uFFE0-\\uFFE6', // full-width forms
  '\\u{1F300}-\\u{1FAFF}', // most emoji
  '\\u{20000}-\\u{3FFFD}', // CJK ideographs beyond the BMP
];
const WIDE = new RegExp(`[${WIDE_RANGES.join('')}]`, 'u');

/** The columns a line takes: two for each wide character, one for any other. */
function columns(line) {
  let width = 0;
  for (const character of line) width += WIDE.test(character) ? 2 : 1;
  return width;
}

const root = join(import.meta.dirname, '..');
const allowFile = join('scripts', 'long-lines.allow');

const allowed = new Set(
  readFileSync(join(root, allowFile), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#')),
);
const files = execFileSync('git', ['ls-files', '-z', '*.ts', '*.mjs', '*.js'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);

const problems = [];
const stillLong = new Set();
for (const file of files) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  lines.forEach((line, index) => {
    const width = columns(line);
    if (width <= MAX) return;
    stillLong.add(file);
    if (!allowed.has(file)) problems.push(`${file}:${String(index + 1)}: ${String(width)} columns > ${String(MAX)}`);
  });
}
for (const file of allowed) {
  if (!stillLong.has(file)) problems.push(`${allowFile}: ${file} has no line over ${String(MAX)} now: remove it from the list`);
}
if (problems.length > 0) {
  console.error(`Lines over ${String(MAX)} (wrap the string, or build the regex from named parts):\n${problems.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`line length: no line over ${String(MAX)} in ${String(files.length)} files (${String(allowed.size)} allowed for now)`);
}
