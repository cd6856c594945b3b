import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/load/knowledge-error.js';
import { loadKnowledge } from '../../src/load/load-knowledge.js';
import { citationsOf } from '../../src/engine/compose.js';
import { topicYaml, writeKnowledge } from './knowledge-fixture.js';

const RULE = `source:
  id: eastmere-rule
  version: "2"
  title: Eastmere implementing rule (fictional)
  attribution: A test fixture
sections:
  - { id: "2", title: Registration }
clauses:
  - id: "2-1"
    section: "2"
    text: Register within sixty days.
`;

/** Loads a knowledge folder holding `files` plus a further source file. */
async function load(files: Record<string, string>, sourceName = 'eastmere-rule.yaml', source = RULE) {
  const kb = await writeKnowledge(files);
  await mkdir(join(kb.dir, 'sources'));
  await writeFile(join(kb.dir, 'sources', sourceName), source);
  try {
    return await loadKnowledge(kb.dir);
  } finally {
    await kb.cleanup();
  }
}

describe('several sources (issue 14)', () => {
  it("loads a further source, cited as <source>:<clause>, and names each citation's document", async () => {
    const knowledge = await load({ 'topics/leave.a.yaml': topicYaml('leave.a', { citations: ['3-1', 'eastmere-rule:2-1'] }) });
    expect(knowledge.documents.map((d) => [d.id, d.version])).toEqual([
      ['guidance-paper', '1'],
      ['eastmere-rule', '2'],
    ]);
    expect(citationsOf(knowledge, knowledge.topicById.get('leave.a')!)).toEqual([
      { section: '3', clause: '3-1', quote: 'The first clause.', source: { id: 'guidance-paper', title: 'A paper' } },
      {
        section: '2',
        clause: 'eastmere-rule:2-1',
        quote: 'Register within sixty days.',
        source: { id: 'eastmere-rule', title: 'Eastmere implementing rule (fictional)' },
      },
    ]);
  });

  it('refuses a citation of a clause the source does not have, naming the source file', async () => {
    const error = await load({ 'topics/leave.a.yaml': topicYaml('leave.a', { citations: ['eastmere-rule:9-9'] }) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).issues.map((i) => i.message)).toContain(
      'cites clause "eastmere-rule:9-9", which does not exist in sources/eastmere-rule.yaml',
    );
  });

  it('refuses a source file not named after its id', async () => {
    const error = await load({ 'topics/leave.a.yaml': topicYaml('leave.a') }, 'other.yaml').catch((e: unknown) => e);
    expect((error as KnowledgeError).issues.map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([
      'sources/other.yaml:2 file name must match the source id: rename to eastmere-rule.yaml',
    ]);
  });
});
