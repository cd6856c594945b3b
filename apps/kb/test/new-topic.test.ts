import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kb, useTempFolder } from './helpers/kb.js';
import { uniqueQuestions } from './helpers/topic-yaml.js';

const temp = useTempFolder();

describe('kb new-topic', () => {
  it('writes a commented template that fails validation until an admin fills it in', () => {
    const dir = temp.copyKnowledge('fill-in');
    const file = join(dir, 'topics', 'test.widgets.yaml');
    const created = kb(['new-topic', 'test.widgets', '--dir', dir]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('pnpm kb validate');
    const template = readFileSync(file, 'utf8');
    expect(template).toContain('id: test.widgets\n');
    for (const field of [
      'id',
      'title',
      'category',
      'audiences',
      'questions',
      'answer',
      'teacher',
      'enterprise',
      'citations',
      'related',
      'followUps',
    ]) {
      expect(template).toMatch(new RegExp(`^# ${field}[:,]`, 'm'));
    }

    const unfilled = kb(['validate', '--dir', dir]);
    expect(unfilled.code).toBe(1);
    expect(unfilled.stderr).toContain('topics/test.widgets.yaml:9:8 title: must not be empty');
    expect(unfilled.stderr).toContain('questions: needs at least 12 training questions');
    expect(unfilled.stderr).toContain('citations: must cite at least one clause');
    expect(unfilled.stderr).toContain('The knowledge is invalid: 5 problems in 1 file.');

    const questions = uniqueQuestions('test.widgets')
      .map((q) => `\n  - ${q}`)
      .join('');
    const filled = template
      .replace('title: ""', 'title: Widgets in school-enterprise cooperation')
      .replace('category: ""', 'category: guidance')
      .replace('questions: []', `questions:${questions}`)
      .replace('answer: ""', 'answer: >-\n  The guidance says nothing about widgets.')
      .replace('citations: []', 'citations: ["1-1"]');
    writeFileSync(file, filled);
    const valid = kb(['validate', '--dir', dir]);
    expect(valid.stderr).toBe('');
    expect(valid.code).toBe(0);
  });

  it('refuses to overwrite an existing topic file', () => {
    const dir = temp.copyKnowledge('existing');
    const file = join(dir, 'topics', 'test.kept.yaml');
    writeFileSync(file, 'id: test.kept\n');
    const run = kb(['new-topic', 'test.kept', '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('kb: topics/test.kept.yaml already exists; edit it instead\n');
    expect(readFileSync(file, 'utf8')).toBe('id: test.kept\n');
  });

  it('refuses an id that is not dotted lowercase words', () => {
    const dir = temp.copyKnowledge('bad-id');
    const run = kb(['new-topic', '../Escape', '--dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('kb: invalid topic id "../Escape": must be dotted lowercase words like "leave.social-insurance"');
    expect(existsSync(join(dir, 'Escape.yaml'))).toBe(false);
  });
});
