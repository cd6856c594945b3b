import { beforeAll, describe, expect, it } from 'vitest';
import { chineseTrainingRows, loadKnowledge, trainingRows, type Knowledge } from '../../src/index.js';
import { hasHan } from '../../src/understand/chinese-language.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge();
});

describe('training rows', () => {
  it('keeps the facts’ Chinese example questions out of the English classifier', () => {
    expect(trainingRows(knowledge).filter((row) => hasHan(row.text))).toEqual([]);
  });

  it('teaches the Chinese classifier every Chinese example question as a question of its fact’s topic', () => {
    const rows = chineseTrainingRows(knowledge);
    const chineseAsks = knowledge.facts.flatMap((fact) =>
      fact.asks.filter((ask) => hasHan(ask.q)).map((ask) => ({ text: ask.q, intent: fact.topic })),
    );
    expect(chineseAsks.length).toBeGreaterThan(100);
    for (const ask of chineseAsks) expect(rows).toContainEqual(ask);
  });
});
