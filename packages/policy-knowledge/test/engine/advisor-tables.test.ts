import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { buildAdvisorTables, createAdvisor, loadEvalSet, loadKnowledgeAndModel, type AdvisorTables } from '../../src/index.js';

describe('the advisor tables kept in the compiled snapshot', () => {
  it('give an advisor that answers every evaluation question exactly as one built from the knowledge', async () => {
    const { knowledge, model } = await loadKnowledgeAndModel();
    const stored = deserialize(serialize(buildAdvisorTables(knowledge))) as AdvisorTables;
    const built = createAdvisor(knowledge, model);
    const fromTables = createAdvisor(knowledge, model, stored);
    const questions = [...(await loadEvalSet()).map((row) => row.text), 'pensoin when I leav my post', '离岗创业期间社保怎么交？'];
    for (const question of questions) {
      expect(fromTables.ask(question, { audience: 'enterprise' }), question).toEqual(built.ask(question, { audience: 'enterprise' }));
    }
    // Two advisors answer a few hundred questions: a limit far above a normal run, for a busy machine.
  }, 180_000);
});
