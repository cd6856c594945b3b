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
    expect(run.stdout).toMatch(/^ {2}Topic +Precision +Recall +F1 +Support +vs last run +Title$/m);
    expect(run.stdout).toMatch(
      /^ {2}leave\.social-insurance +\d+\.\d% +\d+\.\d% +\d+\.\d% +\d+ +(new|same|better|worse)\b.* +Social insurance/m,
    );
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

  it('compares each topic and metric with the previous run, in the terminal and the HTML report', () => {
    const html = temp.path('compare', 'eval.html');
    const first = kb(['eval', '--dir', dir, '--model', model, '--html', html]);
    expect(first.stdout).toContain('No previous run to compare with');
    const history = temp.path('compare', 'eval.last.json');
    const previous = JSON.parse(readFileSync(history, 'utf8'));
    previous.topics['leave.social-insurance'] -= 0.2;
    previous.topics['guidance.issuer'] += 0.3;
    writeFileSync(history, JSON.stringify(previous));

    const second = kb(['eval', '--dir', dir, '--model', model, '--html', html]);
    expect(second.stdout).toMatch(
      /Compared with the previous run \(knowledge k-[0-9a-f]+, .* UTC\): topics 1 better, 1 worse, \d+ the same\./,
    );
    expect(second.stdout).toMatch(/^ {2}leave\.social-insurance +[\d.%\s]+better \(\+20\.0\) +Social insurance/m);
    expect(second.stdout).toMatch(/^ {2}guidance\.issuer +[\d.%\s]+worse \(−30\.0\)/m);
    expect(second.stdout).toMatch(/^ {2}Accuracy \(right topic answered\) +\d+\.\d% +same$/m);
    expect(second.stdout).toContain('F1: Precision and recall combined into one score');

    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<span class="better">better (+20.0)</span>');
    expect(page).toMatch(/<td>Social insurance[^<]*<span class="muted">leave\.social-insurance<\/span><\/td>/);
    for (const metric of ['Precision', 'Recall', 'F1', 'oos', 'Out-of-scope recall']) expect(page).toContain(`<dt>${metric}</dt><dd>`);
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
    const run = kb(['explain', 'how does the zebra widget rule work', '--dir', dir, '--model', model]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}1\. +test\.zebra +\d+\.\d% +A test topic$/m);
    expect(run.stdout).toMatch(/^What pushed test\.zebra up:\n {2}words: .*"zebra" \+\d\.\d\d/m);
    expect(run.stdout).toMatch(/^Out-of-scope score \d\.\d{3} vs decline threshold \d\.\d{3}/m);
    expect(run.stdout).toMatch(/^Answered with test\.zebra \(\d+\.\d%\): the out-of-scope score is under the threshold/m);
  });

  it('shows the classifier the bots use: the Chinese one for a Chinese question', () => {
    const run = kb(['explain', '离岗创业期间学校还给我交社保吗']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}1\. +leave\.social-insurance +\d+\.\d%/m);
    expect(run.stdout).not.toMatch(/100\.0% of the words never seen/);
  });

  it('says why it declined a question the guidance does not cover', () => {
    const run = kb(['explain', 'what is the weather tomorrow', '--dir', dir, '--model', model]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Declined \((out-of-scope|low-confidence)\): /m);
  });
});
