import { beforeAll, describe, expect, it } from 'vitest';
import { chineseTrainingRows, loadKnowledge, trainingRows, type Knowledge } from '../../src/index.js';
import { classifierRows } from '../../src/knowledge.js';
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

  it('exports each training question once, and trains on topic questions and "not covered" examples twice', () => {
    const once = trainingRows(knowledge);
    const trained = classifierRows(knowledge);
    const count = (rows: readonly { text: string; intent: string }[], intent: string) => rows.filter((r) => r.intent === intent).length;
    const topic = knowledge.topics[0]!;
    expect(count(once, topic.id)).toBeLessThan(count(trained, topic.id));
    expect(count(trained, 'oos')).toBe(2 * count(once, 'oos'));
    expect(new Set(once.map((r) => `${r.intent}|${r.text}`)).size).toBeGreaterThan(once.length * 0.95);
  });
});
