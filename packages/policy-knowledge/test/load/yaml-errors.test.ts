import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../src/load/parse-yaml-file.js';
import { topicYaml, writeKnowledge } from './knowledge-fixture.js';
import { loadKnowledge } from '../../src/index.js';

const problems = (text: string) => {
  const parsed = parseYamlFile('topics/a.yaml', Buffer.from(text));
  return Array.isArray(parsed) ? parsed.map((i) => `${i.line}:${i.column} ${i.message}`) : [];
};

describe('YAML mistakes in plain words, at the line to fix', () => {
  it.each([
    [
      'a key indented too far',
      'id: a\ntitle: T\ncategory: x\n    audiences: [teacher]\n',
      '4:1 line 4 is indented more than the lines above it',
    ],
    ['a list item out of line', 'questions:\n  - a\n - b\n', '3:1 line 3 is not lined up with the list item above it'],
    ['a tab', 'id: a\n\ttitle: T\n', '2:1 line 2 is indented with a tab'],
    ['a colon inside a value', 'id: a\ntitle: Leave: what happens\n', '2:8 line 2 has a second ": " inside its text'],
    ['an unclosed quote', 'id: a\ntitle: "abc\nanswer: x\n', 'a quotation mark opened before line 4 is never closed'],
    ['a field given twice', 'id: a\nid: b\n', '2:1 the field on line 2 appears twice'],
  ])('%s', (_name, text, expected) => {
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it('leaves the text of | blocks alone', () => {
    expect(problems('answer: |\n  text\n    more: indented on purpose\nid: a\n')).toEqual([]);
  });
});

describe('a training question that may be two run together', () => {
  it('is an error when an over-indented item merged into the one above', async () => {
    const merged = topicYaml('leave.a')
      .replace('  - "leave.a question number 2?"', '    - leave.a question number 2?')
      .replace('  - "leave.a question number 1?"', '  - leave.a question number 1?');
    const kb = await writeKnowledge({ 'topics/leave.a.yaml': merged, 'topics/leave.b.yaml': topicYaml('leave.b') });
    try {
      await expect(loadKnowledge(kb.dir)).rejects.toThrow(
        /questions\.0: this item contains " - " and is two items run together \(it runs over lines 6–7/,
      );
    } finally {
      await kb.cleanup();
    }
  });

  it('is a warning on one line, and nothing when quoted', async () => {
    const text = topicYaml('leave.a').replace('  - "leave.a question number 1?"', '  - parttime work - rules?');
    const kb = await writeKnowledge({ 'topics/leave.a.yaml': text, 'topics/leave.b.yaml': topicYaml('leave.b') });
    try {
      const knowledge = await loadKnowledge(kb.dir);
      expect(knowledge.warnings.map((w) => `${w.file}:${w.line} ${w.field}`)).toEqual(['topics/leave.a.yaml:6 questions.0']);
    } finally {
      await kb.cleanup();
    }
  });
});
