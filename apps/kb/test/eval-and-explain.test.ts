import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVAL_FLOORS } from '@cobridge/policy-knowledge';
import { kb, useTempFolder } from './helpers/kb.js';
import { topicYaml, uniqueQuestions } from './helpers/topic-yaml.js';

const temp = useTempFolder();
let dir = '';
let model = '';

beforeAll(() => {
  dir = temp.copyKnowledge();
  // A topic with a word no other topic uses, so explanations do not depend on how the shipped topics are tuned.
  const questions = uniqueQuestions('test.zebra').map((q) => q.replace('widget', 'zebra widget'));
  writeFileSync(join(dir, 'topics', 'test.zebra.yaml'), topicYaml({ id: 'test.zebra', questions }));
  model = temp.path('model.json');
  expect(kb(['build', '--dir', dir, '--model', model]).code).toBe(0);
}, 120_000);

describe('kb eval', () => {
  it('prints the metrics, per-topic scores, confusions and histogram, and writes a self-contained HTML report', () => {
    const html = temp.path('reports', 'eval.html');
    const run = kb(['eval', '--dir', dir, '--model', model, '--html', html]);
    expect(run.code).toBe(0);
    for (const heading of ['Accuracy', 'Answered or clarified', 'Out-of-scope recall', 'Clarify rate']) {
      expect(run.stdout).toMatch(new RegExp(`${heading}.*\\d+\\.\\d%`));
    }
    expect(run.stdout).toMatch(/^ {2}Topic +Precision +Recall +F1 +Support$/m);
    expect(run.stdout).toMatch(/^ {2}leave\.social-insurance +\d+\.\d% +\d+\.\d% +\d+\.\d% +\d+$/m);
    expect(run.stdout).toMatch(/^ {2}\d+× {2}\S+ → \S+$/m);
    expect(run.stdout).toMatch(/^ {2}0\.9–1\.0 +\d+ +\d+/m);
    expect(run.stdout).toContain(`HTML report: ${html}`);

    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('aria-label="Confusion matrix"');
    expect(page).toMatch(/<rect [^>]+><title>[a-z.-]+ → [a-z.-]+: \d+ of \d+<\/title><\/rect>/);
    expect(page).toContain('aria-label="Answer confidence histogram"');
    expect(page).not.toMatch(/<script|<link|src="http|href="http/);
  });

  it('prints the report as JSON and applies the floors with --floors', () => {
    const run = kb(['eval', '--dir', dir, '--model', model, '--html', temp.path('json.html'), '--json', '--floors']);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ version: expect.stringMatching(/^k-/), inScope: expect.any(Number), topics: expect.any(Array) });
    const met = (Object.keys(EVAL_FLOORS) as (keyof typeof EVAL_FLOORS)[]).every((m) => report[m] >= EVAL_FLOORS[m]);
    expect(run.code).toBe(met ? 0 : 1);
    expect(run.stderr).toMatch(/^ {2}(ok|BELOW) {2,}accuracy \d+\.\d% \(floor \d+\.\d%\)$/m);
  });
});

describe('kb explain', () => {
  it('ranks topics, names the words that mattered, and says why it answered', () => {
    const run = kb(['explain', 'how do the zebra widget rules work', '--dir', dir, '--model', model]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}1\. +test\.zebra +\d+\.\d% +A test topic$/m);
    expect(run.stdout).toMatch(/^What pushed test\.zebra up:\n {2}words: .*"zebra" \+\d\.\d\d/m);
    expect(run.stdout).toMatch(/^Out-of-scope score \d\.\d{3} vs decline threshold \d\.\d{3}/m);
    expect(run.stdout).toMatch(/^Answered with test\.zebra \(\d+\.\d%\): the out-of-scope score is under the threshold/m);
  });

  it('says why it declined a question the guidance does not cover', () => {
    const run = kb(['explain', 'what is the weather tomorrow', '--dir', dir, '--model', model]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Declined \((out-of-scope|low-confidence)\): /m);
  });
});
