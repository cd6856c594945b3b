#!/usr/bin/env node
// Fails on any line longer than 140 in the tracked .ts, .mjs and .js files, counted in UTF-8 bytes as
// `awk 'length > 140'` counts them, so a line of Chinese cannot hide behind its character count. Biome's formatter
// wraps code at 140 but leaves long strings and regexes alone: wrap those, or compose a regex from named word lists.
// The files still over the limit are named in scripts/long-lines.allow until they are rewritten; naming a file
// that no longer has a long line is an error too, so the list only shrinks.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX = 140;
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
    const length = Buffer.byteLength(line, 'utf8');
    if (length <= MAX) return;
    stillLong.add(file);
    if (!allowed.has(file)) problems.push(`${file}:${String(index + 1)}: ${String(length)} > ${String(MAX)}`);
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
