import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError, formatIssue, loadKnowledge } from '../../src/index.js';
import { topicYaml, writeKnowledge } from './knowledge-fixture.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

async function errorsFor(files: Record<string, string | Buffer | undefined>): Promise<string[]> {
  const kb = await writeKnowledge(files);
  cleanup = kb.cleanup;
  const error = await loadKnowledge(kb.dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KnowledgeError);
  return (error as KnowledgeError).issues.map(formatIssue);
}

describe('loadKnowledge', () => {
  it('loads the shipped knowledge with every topic valid', async () => {
    const knowledge = await loadKnowledge();
    expect(knowledge.topics.length).toBeGreaterThanOrEqual(40);
    expect(knowledge.version).toMatch(/^k-[0-9a-f]{10}$/);
    expect(knowledge.clauses.get('3-10')?.section).toBe('3');
  });

  it('loads a small valid folder and hashes its content into the version', async () => {
    const kb = await writeKnowledge({ 'topics/leave.a.yaml': topicYaml('leave.a') });
    cleanup = kb.cleanup;
    const first = await loadKnowledge(kb.dir);
    expect(first.topics.map((t) => t.id)).toEqual(['leave.a']);
    expect(first.outOfScope).toHaveLength(12);
  });

  it('names file, line and column of a YAML syntax error in plain words', async () => {
    const errors = await errorsFor({ 'topics/leave.a.yaml': 'id: leave.a\ntitle: [unclosed\n' });
    expect(errors[0]).toBe('topics/leave.a.yaml:2:1 a list or map opened with [ or { on line 2 is never closed');
  });

  it('names the field of a schema error with its line', async () => {
    const text = topicYaml('leave.a').replace('category: entitlements', 'category: gossip');
    const errors = await errorsFor({ 'topics/leave.a.yaml': text });
    expect(errors).toEqual([expect.stringMatching(/^topics\/leave\.a\.yaml:3:11 category: Invalid option/)]);
  });

  it('reports too few training questions at the questions field', async () => {
    const text = topicYaml('leave.a').replace(/ {2}- "leave\.a question number (1[0-2]|9)\?"\n/g, '');
    const errors = await errorsFor({ 'topics/leave.a.yaml': text });
    expect(errors).toEqual(['topics/leave.a.yaml:6:3 questions: needs at least 12 training questions']);
  });

  it('refuses a citation to a clause that does not exist', async () => {
    const errors = await errorsFor({ 'topics/leave.a.yaml': topicYaml('leave.a', { citations: ['3-1', '9-9'] }) });
    expect(errors).toEqual(['topics/leave.a.yaml:19:18 citations.1: cites clause "9-9", which does not exist in clauses.yaml']);
  });

  it('refuses a related topic that does not exist', async () => {
    const errors = await errorsFor({ 'topics/leave.a.yaml': topicYaml('leave.a', { related: ['leave.nope'] }) });
    expect(errors).toEqual(['topics/leave.a.yaml:20:11 related.0: related topic "leave.nope" does not exist']);
  });

  it('refuses duplicate ids and a file named differently from its id', async () => {
    const errors = await errorsFor({
      'topics/leave.a.yaml': topicYaml('leave.a'),
      'topics/leave.b.yaml': topicYaml('leave.a', { prefix: 'other' }),
    });
    expect(errors).toContain('topics/leave.b.yaml:1:5 id: file name must match the topic id: rename to leave.a.yaml');
    expect(errors).toContain('topics/leave.b.yaml:1:5 id: duplicate topic id "leave.a" (also in topics/leave.a.yaml)');
  });

  it('refuses two topics sharing a training question', async () => {
    const errors = await errorsFor({
      'topics/leave.a.yaml': topicYaml('leave.a', { prefix: 'same' }),
      'topics/leave.b.yaml': topicYaml('leave.b', { prefix: 'same' }),
    });
    expect(errors[0]).toBe(
      'topics/leave.b.yaml:6:5 questions.0: training question "same question number 1?" is also used in topics/leave.a.yaml',
    );
    expect(errors).toHaveLength(12);
  });

  it("refuses a concept phrase that reads like an earlier concept's, which would never match", async () => {
    const errors = await errorsFor({
      'topics/leave.a.yaml': topicYaml('leave.a'),
      'concepts.yaml': [
        'concepts:',
        '  death:',
        '    kind: aspect',
        '    phrases: [killed]',
        '  counts-against:',
        '    kind: modifier',
        '    phrases: [in the quota, kills]',
        '',
      ].join('\n'),
    });
    expect(errors).toEqual([
      'concepts.yaml:7:29 concepts.counts-against.phrases.1: ' +
        'phrase "kills" reads like "killed" of the earlier concept "death", so it never matches; keep it in one',
    ]);
  });

  it('names an unknown concept in what a verdict rule needs or rules out', async () => {
    const concept = (id: string) => `  ${id}:\n    kind: modifier\n    phrases: [${id}]\n`;
    const facts = [
      'facts:',
      '  - id: leave.a.first',
      '    topic: leave.a',
      '    clauses: ["3-1"]',
      '    terms: [first clause]',
      '    about: [pay]',
      '    text: The first clause.',
      '    unless:',
      '      - { when: [pay], without: [nope], verdict: partly }',
      '',
    ].join('\n');
    const errors = await errorsFor({
      'topics/leave.a.yaml': topicYaml('leave.a'),
      'concepts.yaml': `concepts:\n${['pay', 'lose', 'refuse', 'prohibited'].map(concept).join('')}`,
      'facts/leave.yaml': facts,
    });
    expect(errors).toEqual(['facts/leave.yaml:9:34 facts.0.unless.0.without.0: concept "nope" is not defined in concepts.yaml']);
  });

  it('refuses topic ids with path characters', async () => {
    const errors = await errorsFor({ 'topics/x.yaml': topicYaml('../../etc') });
    expect(errors[0]).toMatch(/^topics\/x\.yaml:1:5 id: must be dotted lowercase words/);
  });

  it('refuses truncated, binary, non-UTF-8 and huge files with a clear message', async () => {
    const truncated = topicYaml('leave.a').slice(0, 120);
    expect((await errorsFor({ 'topics/leave.a.yaml': truncated }))[0]).toMatch(/^topics\/leave\.a\.yaml:\d+:\d+ /);
    expect(await errorsFor({ 'topics/leave.a.yaml': 'id: leave.a\u0000\n' })).toEqual([
      'topics/leave.a.yaml:1:1 file contains a NUL byte (binary data?)',
    ]);
    expect(await errorsFor({ 'topics/leave.a.yaml': Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) })).toEqual([
      'topics/leave.a.yaml:1:1 file is not valid UTF-8 text',
    ]);
    expect(await errorsFor({ 'topics/leave.a.yaml': `# ${'x'.repeat(600 * 1024)}\n` })).toEqual([
      expect.stringMatching(/^topics\/leave\.a\.yaml:1:1 file is too large/),
    ]);
  });

  it('reports every problem at once, across files', async () => {
    const errors = await errorsFor({
      'topics/leave.a.yaml': topicYaml('leave.a', { citations: ['7-7'] }),
      'topics/leave.b.yaml': topicYaml('leave.b', { related: ['leave.zzz'] }),
      'out-of-scope.yaml': undefined,
    });
    expect(errors).toEqual([
      'out-of-scope.yaml:1:1 file is missing or unreadable',
      'topics/leave.a.yaml:19:13 citations.0: cites clause "7-7", which does not exist in clauses.yaml',
      'topics/leave.b.yaml:20:11 related.0: related topic "leave.zzz" does not exist',
    ]);
  });
});
