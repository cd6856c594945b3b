#!/usr/bin/env node
// Adds up vitest's JSON reports (test-results/vitest.json in every package, written by the shared vitest config)
// and prints one closing line: "tests: N passed, N failed" (plus ", N skipped" when any were skipped).
// Fails when a package's tests ran but left no report, or when nothing passed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const packages = ['apps', 'packages'].flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(dir, name))).concat('e2e');
const totals = { passed: 0, failed: 0, skipped: 0 };
const missing = [];
for (const dir of packages) {
  if (!existsSync(join(root, dir, 'test'))) continue;
  const file = join(root, dir, 'test-results', 'vitest.json');
  if (!existsSync(file)) {
    missing.push(dir);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (report.success === false && report.numFailedTests === 0 ? 1 : 0);
  totals.skipped += report.numPendingTests + report.numTodoTests;
}
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
if (missing.length > 0) console.log(`no test report from: ${missing.join(', ')}`);
if (totals.passed === 0 || totals.failed > 0 || missing.length > 0) process.exitCode = 1;
