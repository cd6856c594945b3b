import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '@cobridge/policy-knowledge';
import { buildOnce } from './helpers/build-once.js';
import { placesCiting, type Place } from './helpers/citing-places.js';
import { kb } from './helpers/kb.js';
import { copyKnowledgeWithEval } from './helpers/package-copy.js';

const PAPER = readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'source', 'guidance-paper.txt'), 'utf8');
const CHANGED = ['2.4-2', '3-11', '3-19'];
const REMOVED = '3-22';
/** The kinds of place that cite a clause, as validate and review name them. */
const CITING = '(?:fact|topic answer|Chinese fact|Chinese topic answer|evaluation item)';
const ADDED_SENTENCE = 'Schools shall keep a register of the student companies their teachers mentor.';

/** Replaces `from` in the paper, whatever line breaks fall between its words. */
function replaceLoose(text: string, from: string, to: string): string {
  const pattern = new RegExp(
    from
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );
  expect(pattern.test(text), from).toBe(true);
  return text.replace(pattern, to);
}

/** The paper as revised: three clauses reworded, one sentence added (section 4.6), one removed (3-22). */
function revisedPaper(): string {
  let text = replaceLoose(PAPER, 'weak technical service ability', 'limited technical service ability');
  text = replaceLoose(text, 'should pay the work-related injury insurance fees', 'must pay the work-related injury insurance fees in full');
  text = replaceLoose(text, 'can be retained within three years.', 'can be retained within five years.');
  text = replaceLoose(
    text,
    'If there is no vacancy for the returned employees, they can temporarily break through the total employment and gradually digest it',
    '',
  );
  return replaceLoose(
    text,
    'Encourage college students to start businesses and innovate.',
    `Encourage college students to start businesses and innovate. ${ADDED_SENTENCE}`,
  );
}

/** `file id` of each place, for set comparisons. */
const names = (places: readonly Place[]) => places.map((p) => `${p.file} ${p.id}`).sort();

let root = '';
let dir = '';
beforeAll(async () => {
  await buildOnce();
  root = mkdtempSync(join(tmpdir(), 'cobridge-import-'));
  dir = copyKnowledgeWithEval(root);
  writeFileSync(join(root, 'paper.txt'), PAPER);
  writeFileSync(join(root, 'revised.txt'), revisedPaper());
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('kb import of a revised paper, then validate and review (issue 14)', () => {
  it('imports the shipped paper over its own clauses: nothing changes and the file is left as it is', () => {
    const before = readFileSync(join(dir, 'clauses.yaml'), 'utf8');
    const run = kb(['import', join(root, 'paper.txt'), '--source', 'guidance-paper', '--dir', dir]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Source guidance-paper \(version 1\), clauses\.yaml: 0 changed, 0 added, 0 removed, 70 unchanged\.$/m);
    expect(run.stdout).toContain('Nothing changed; clauses.yaml is left as it is.');
    expect(readFileSync(join(dir, 'clauses.yaml'), 'utf8')).toBe(before);
  });

  it('shows exactly 3 changed (side by side), 1 added and 1 removed on a dry run, and writes nothing', () => {
    const before = readFileSync(join(dir, 'clauses.yaml'), 'utf8');
    const run = kb(['import', join(root, 'revised.txt'), '--source', 'guidance-paper', '--dry-run', '--dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toContain(
      'Source guidance-paper (version 1 → 2), clauses.yaml: 3 changed, 1 added, 1 removed, 66 unchanged.',
    );
    expect([...run.stdout.matchAll(/^changed (\S+) /gm)].map((m) => m[1]).sort()).toEqual(CHANGED);
    expect([...run.stdout.matchAll(/^added (\S+) /gm)].map((m) => m[1])).toEqual(['4.6-3']);
    expect([...run.stdout.matchAll(/^removed (\S+) /gm)].map((m) => m[1])).toEqual([REMOVED]);
    expect(run.stdout).toMatch(/^ {4}within three years\. +│ within five years\.$/m);
    expect(run.stdout).toContain('Dry run: nothing was written.');
    expect(readFileSync(join(dir, 'clauses.yaml'), 'utf8')).toBe(before);
  });

  it('writes the revision: unchanged ids keep their text, changed ones keep their id, version 2', () => {
    const before = parse(readFileSync(join(dir, 'clauses.yaml'), 'utf8')) as { clauses: { id: string; text: string }[] };
    const run = kb(['import', join(root, 'revised.txt'), '--source', 'guidance-paper', '--dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Wrote clauses.yaml (version 2).');
    const after = parse(readFileSync(join(dir, 'clauses.yaml'), 'utf8')) as {
      source: { version: string };
      clauses: { id: string; text: string }[];
      lists: unknown[];
    };
    expect(after.source.version).toBe('2');
    expect(after.lists.length).toBeGreaterThan(0);
    const now = new Map(after.clauses.map((c) => [c.id, c.text]));
    for (const clause of before.clauses) {
      if (clause.id === REMOVED) expect(now.has(clause.id)).toBe(false);
      else if (CHANGED.includes(clause.id)) expect(now.get(clause.id)).not.toBe(clause.text);
      else expect(now.get(clause.id), clause.id).toBe(clause.text);
    }
    expect(now.get('3-19')).toBe('Fifthly, the personnel relationship can be retained within five years.');
    expect(now.get('4.6-3')).toBe(ADDED_SENTENCE);
  });

  it('fails validation at every place citing the removed clause, with its file:line', () => {
    const run = kb(['validate', '--dir', dir]);
    expect(run.code).toBe(1);
    const errors = [...run.stderr.matchAll(/^(\S+?):(\d+):\d+ .*"3-22"/gm)].map((m) => ({ file: m[1]!, line: Number(m[2]) }));
    const expected = placesCiting(dir, [REMOVED]);
    expect(expected.length).toBeGreaterThan(3);
    const lineText = (file: string, line: number) => readFileSync(join(dir, file), 'utf8').split('\n')[line - 1] ?? '';
    // The numbered list of the treatment in clauses.yaml, the glossary and the timeline cite it too.
    expect(new Set(errors.map((e) => e.file))).toEqual(
      new Set([...expected.map((p) => p.file), 'clauses.yaml', 'glossary.yaml', 'obligations.yaml']),
    );
    // A YAML place is the line of the citation; a Chinese wording is the line of its id (it cites through its original).
    for (const error of errors.filter((e) => !/^(\.\.\/eval|zh)\//.test(e.file)))
      expect(lineText(error.file, error.line), `${error.file}:${error.line}`).toContain('3-22');
    for (const error of errors.filter((e) => e.file.startsWith('zh/')))
      expect(expected.map((p) => `${p.file} ${p.id}:`)).toContain(`${error.file} ${lineText(error.file, error.line).trim()}`);
    const evalErrors = errors
      .filter((e) => e.file.startsWith('../eval/'))
      .map((e) => `${e.file} ${e.line}`)
      .sort();
    expect(evalErrors).toEqual(names(expected.filter((p) => p.file.startsWith('../eval/'))));
    for (const folder of ['facts/', 'topics/', 'zh/']) {
      const count = (list: { file: string }[]) => list.filter((p) => p.file.startsWith(folder)).length;
      expect(count(errors), folder).toBe(count(expected));
    }
  });

  it('lists, beside those errors, exactly the facts, answers and eval items citing a changed clause as needing review', () => {
    const run = kb(['validate', '--dir', dir]);
    const flagged = [
      ...run.stdout.matchAll(new RegExp(String.raw`^ {2}(\S+):(\d+) ${CITING} (\S+) cites clause "([^"]+)", which changed`, 'gm')),
    ];
    const named = flagged.map((m) => `${m[1]} ${m[1]!.startsWith('../eval/') ? m[2] : m[3]}`);
    expect([...new Set(named)].sort()).toEqual(names(placesCiting(dir, CHANGED)));
    expect(new Set(flagged.map((m) => m[4]))).toEqual(new Set(CHANGED));
  });

  it('review shows each changed clause once, records "still right" (one by one or all citing a clause) and the file:line to edit', () => {
    const before = kb(['validate', '--strict', '--dir', dir]).stdout.match(/^ {2}\S+:\d+ .* which changed/gm) ?? [];
    // Edit the first; "all" for the rest citing the same clause; "yes" to each of the others.
    const answers = ['e', 'a', ...before.map(() => 'y')].join('\n');
    const run = kb(['review', '--dir', dir], {}, answers);
    expect(run.code).toBe(1);
    const removed = String.raw`topic answer leave\.no-vacancy cites clause "3-22", which was removed from clauses\.yaml`;
    expect(run.stdout).toMatch(new RegExp(String.raw`^error: topics/leave\.no-vacancy\.yaml:\d+:\d+ citations: ${removed}`, 'm'));
    expect(run.stdout).toMatch(new RegExp(String.raw`^\[1/\d+\] \S+:\d+ ${CITING} \S+ says now:$`, 'm'));
    expect(run.stdout.match(/^Clause \S+ changed since these were written:$/gm)).toHaveLength(CHANGED.length);
    expect(run.stdout).toMatch(/^ {4}before +│ now$/m);
    expect(run.stdout).toMatch(/^Edit \S+:\d+, then run `pnpm kb review` again to record it\.$/m);
    expect(run.stdout).toContain(`Recorded ${before.length - 1} citations as still right`);
    const after = kb(['validate', '--dir', dir]).stdout.match(/^ {2}\S+:\d+ .* which changed/gm) ?? [];
    expect(after).toEqual([before[0]]);
  });
});
