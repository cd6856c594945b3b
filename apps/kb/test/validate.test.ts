import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kb, useTempFolder } from './helpers/kb.js';
import { topicYaml, uniqueQuestions } from './helpers/topic-yaml.js';

const temp = useTempFolder();

/** A fresh knowledge copy with the given topic files added, validated; returns the run. */
function validateWith(name: string, files: Record<string, string>) {
  const dir = temp.copyKnowledge(name);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'topics', file), text);
  return kb(['validate', '--dir', dir]);
}

const CATEGORY_ERROR =
  'category: Invalid option: expected one of "entitlements"|"ways"|"modes"|"obligations"|"guidance"|"problems"|"needs"|"background"';

/** A broken knowledge copy: the topic files added and the exact errors expected, in order. */
interface BrokenCase {
  kind: string;
  files: Record<string, string>;
  errors: string[];
}

describe('kb validate', () => {
  it('passes the shipped knowledge with one line of counts and the version, then its warnings', () => {
    const run = kb(['validate', '--dir', temp.copyKnowledge('shipped')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [summary, ...rest] = run.stdout.split('\n');
    expect(summary).toMatch(
      /^Knowledge k-[0-9a-f]{10} is valid: \d+ topics, \d+ clauses, \d+ training questions, \d+ out-of-scope examples\.$/,
    );
    for (const line of rest.filter((l) => l.startsWith('  ')))
      expect(line).toMatch(/^ {2}topics\/[\w.-]+\.yaml:\d+:\d+ questions\.\d+: this item contains/);
  });

  it('passes the shipped knowledge with its Chinese side, and names the Chinese file and line a new topic needs', () => {
    const dir = temp.copyKnowledge('chinese', true);
    expect(kb(['validate', '--dir', dir]).code).toBe(0);
    writeFileSync(join(dir, 'topics', 'test.zh.yaml'), topicYaml({ id: 'test.zh', questions: uniqueQuestions('test.zh') }));
    const run = kb(['validate', '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/zh\/topics\.yaml:\d+:\d+ topics: topic "test\.zh" \(topics\/test\.zh\.yaml\) has no Chinese text here/);
    expect(run.stderr).toMatch(
      /zh\/questions\.yaml:\d+:\d+ questions: topic "test\.zh" \(topics\/test\.zh\.yaml\) has no Chinese text here/,
    );
  });

  it('flags a training question that may be two run together, without failing', () => {
    const dir = temp.copyKnowledge('merged');
    writeFileSync(
      join(dir, 'topics', 'test.merged.yaml'),
      topicYaml({ id: 'test.merged', questions: [...uniqueQuestions('test.merged').slice(1), 'parttime work - rules?'] }),
    );
    const run = kb(['validate', '--dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Check (?:this|these) \(\d+ warnings?; they do not stop anything\):/);
    expect(run.stdout).toMatch(
      /topics\/test\.merged\.yaml:\d+:\d+ questions\.\d+: this item contains " - " and may be two items run together/,
    );
  });

  it.each<BrokenCase>([
    {
      kind: 'bad YAML',
      files: { 'test.broken.yaml': '\tid: test.broken\n' },
      errors: ['topics/test.broken.yaml:1:1 line 1 is indented with a tab: indent with spaces only'],
    },
    {
      kind: 'a question with ": " in it',
      files: { 'test.colon.yaml': topicYaml({ id: 'test.colon', questions: [...uniqueQuestions('test.colon'), 'part-time work: rules'] }) },
      errors: [
        'topics/test.colon.yaml:18:5 questions.12: this item contains ": ", so it is read as a field name and a value, ' +
          'not as text: put the whole item in double quotes',
        'topics/test.colon.yaml:18:5 questions.12: Invalid input: expected string, received object',
      ],
    },
    {
      kind: 'a schema error',
      files: { 'test.schema.yaml': topicYaml({ id: 'test.schema', category: 'holidays' }) },
      errors: [`topics/test.schema.yaml:3:11 ${CATEGORY_ERROR}`],
    },
    {
      kind: 'a duplicate id',
      files: {
        'test.dup.yaml': topicYaml({ id: 'test.dup' }),
        'test.dup-copy.yaml': topicYaml({ id: 'test.dup', questions: uniqueQuestions('test.dup-copy') }),
      },
      errors: [
        'topics/test.dup-copy.yaml:1:5 id: file name must match the topic id: rename to test.dup.yaml',
        'topics/test.dup.yaml:1:5 id: duplicate topic id "test.dup" (also in topics/test.dup-copy.yaml)',
      ],
    },
    {
      kind: 'an unknown citation',
      files: { 'test.cite.yaml': topicYaml({ id: 'test.cite', citations: ['1-1', '9-99'] }) },
      errors: ['topics/test.cite.yaml:19:20 citations.1: cites clause "9-99", which does not exist in clauses.yaml'],
    },
    {
      kind: 'an unknown related topic',
      files: { 'test.related.yaml': topicYaml({ id: 'test.related', related: ['nope.nothing'] }) },
      errors: ['topics/test.related.yaml:20:11 related.0: related topic "nope.nothing" does not exist'],
    },
    {
      kind: 'too few questions',
      files: { 'test.few.yaml': topicYaml({ id: 'test.few', questions: uniqueQuestions('test.few', 3) }) },
      errors: ['topics/test.few.yaml:6:3 questions: needs at least 12 training questions'],
    },
    {
      kind: 'a shared question',
      files: {
        'test.one.yaml': topicYaml({ id: 'test.one' }),
        'test.two.yaml': topicYaml({
          id: 'test.two',
          questions: [...uniqueQuestions('test.two', 11), 'How does the test.one widget rule 3 work?'],
        }),
      },
      errors: [
        'topics/test.two.yaml:17:5 questions.11: training question "How does the test.one widget rule 3 work?" ' +
          'is also used in topics/test.one.yaml',
      ],
    },
  ])('names file, line, column and field for $kind, and exits 1', ({ kind, files, errors }) => {
    const run = validateWith(kind.replace(/\W+/g, '-'), files);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const fileCount = new Set(errors.map((e) => e.split(':')[0])).size;
    const s = (n: number) => (n === 1 ? '' : 's');
    const summary = `The knowledge is invalid: ${errors.length} problem${s(errors.length)} in ${fileCount} file${s(fileCount)}.`;
    expect(run.stderr).toBe(`${errors.join('\n')}\n\n${summary}\n`);
  });

  it('reports every problem at once, across files', () => {
    const run = validateWith('many', {
      'test.broken.yaml': '\tid: test.broken\n',
      'test.schema.yaml': topicYaml({ id: 'test.schema', category: 'holidays' }),
      'test.related.yaml': topicYaml({ id: 'test.related', related: ['nope.nothing'] }),
    });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      'topics/test.broken.yaml:1:1 line 1 is indented with a tab: indent with spaces only',
      `topics/test.schema.yaml:3:11 ${CATEGORY_ERROR}`,
      'topics/test.related.yaml:20:11 related.0: related topic "nope.nothing" does not exist',
      '',
      'The knowledge is invalid: 3 problems in 3 files.',
      '',
    ]);
  });
});
