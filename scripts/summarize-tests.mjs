#!/usr/bin/env node
// Adds up the vitest summaries of every package in a test log and prints one closing line:
// "tests: N passed, N failed" (plus ", N skipped" when any were skipped).
import { readFileSync } from 'node:fs';

const log = readFileSync(process.argv[2] ?? 0, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const line of log.split('\n')) {
  const summary = /\bTests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (!summary) continue;
  for (const [, count, kind] of summary[1].matchAll(/(\d+)\s+(passed|failed|skipped)/g)) totals[kind] += Number(count);
}
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
if (totals.passed === 0) process.exitCode = 1;
