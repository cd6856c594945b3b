import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  knowledgeFingerprint,
  KnowledgeError,
  lastGoodDirFor,
  loadCompiled,
  loadKnowledge,
  loadKnowledgeAndModel,
  loadServingAdvisor,
  saveLastGood,
} from '../../src/index.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { topicYaml, writeKnowledge } from './knowledge-fixture.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function twoTopics() {
  const written = await writeKnowledge({
    'topics/leave.pension.yaml': topicYaml('leave.pension', { prefix: 'pension' }),
    'topics/leave.injury.yaml': topicYaml('leave.injury', { prefix: 'injury' }),
  });
  cleanups.push(written.cleanup, () => rm(`${written.dir}.last-good`, { recursive: true, force: true }));
  return written.dir;
}

describe('the last good snapshot', () => {
  it('is served, with the errors, when a topic file breaks after it was kept', async () => {
    const dir = await twoTopics();
    const { knowledge, model } = await loadKnowledgeAndModel({ knowledgeDir: dir, modelPath: join(dir, 'none.json') });
    await saveLastGood(dir, knowledge, model, lastGoodDirFor(dir));
    await writeFile(join(dir, 'topics', 'needs.new.yaml'), 'id: needs.new\ntitle:\n');

    const serving = await loadServingAdvisor({ knowledgeDir: dir, modelPath: join(dir, 'none.json') });
    expect(serving.advisor.version).toBe(knowledge.version);
    expect(serving.fallback?.errors.map((e) => e.file)).toContain('topics/needs.new.yaml');
  });

  it('spares parsing when the files are unchanged, and is ignored once one changes', async () => {
    const dir = await twoTopics();
    const { knowledge, model } = await loadKnowledgeAndModel({ knowledgeDir: dir, modelPath: join(dir, 'none.json') });
    const fingerprint = await knowledgeFingerprint(dir);
    expect(fingerprint).toBe(fingerprintOf(knowledge.sources));
    await saveLastGood(dir, knowledge, model, lastGoodDirFor(dir));
    expect(await loadCompiled(lastGoodDirFor(dir), fingerprint)).toMatchObject({ knowledge: { version: knowledge.version } });
    await writeFile(join(dir, 'topics', 'leave.injury.yaml'), topicYaml('leave.injury', { prefix: 'injury cover' }));
    const changed = await knowledgeFingerprint(dir);
    expect(changed).not.toBe(fingerprint);
    expect(await loadCompiled(lastGoodDirFor(dir), changed)).toBeUndefined();
    expect((await loadKnowledgeAndModel({ knowledgeDir: dir, modelPath: join(dir, 'none.json') })).knowledge.version).not.toBe(
      knowledge.version,
    );
  });

  it('lives beside a custom knowledge folder, not in the shipped one', async () => {
    const dir = await twoTopics();
    expect(lastGoodDirFor(dir)).toBe(`${dir}.last-good`);
  });

  it('fingerprints the shipped folder as the loaded knowledge records it', async () => {
    expect(await knowledgeFingerprint(DEFAULT_KNOWLEDGE_DIR)).toBe(fingerprintOf((await loadKnowledge(DEFAULT_KNOWLEDGE_DIR)).sources));
  });

  it('is not invented: broken files with no snapshot are still an error', async () => {
    const dir = await twoTopics();
    await writeFile(join(dir, 'topics', 'needs.new.yaml'), 'id: needs.new\n');
    await expect(loadServingAdvisor({ knowledgeDir: dir, modelPath: join(dir, 'none.json') })).rejects.toBeInstanceOf(KnowledgeError);
  });
});
