import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, type Knowledge } from '../../src/index.js';
import { stemmedText } from '../../src/classify/stemmed-text.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge();
});

describe('fidelity of the facts to their clauses', () => {
  it('has facts for every clause of section 3', () => {
    const cited = new Set(knowledge.facts.flatMap((f) => f.clauses));
    const section3 = [...knowledge.clauses.values()].filter((c) => c.section === '3').map((c) => c.id);
    expect(section3.length).toBeGreaterThan(20);
    expect(section3.filter((id) => !cited.has(id))).toEqual([]);
  });

  it("finds every fact's key terms in the clauses it cites", () => {
    expect.hasAssertions();
    for (const fact of knowledge.facts) {
      const cited = fact.clauses.map((id) => stemmedText(knowledge.clauses.get(id)?.text ?? ''));
      for (const term of fact.terms)
        expect(
          cited.some((c) => c.includes(stemmedText(term))),
          `${fact.id}: "${term}"`,
        ).toBe(true);
    }
  });

  it('says the guidance is silent wherever a fact of the guidance (section 3) gives a "not stated" verdict', () => {
    const silent = knowledge.facts.filter((f) => f.verdict === 'not-stated' && f.clauses.every((c) => c.startsWith('3-')));
    expect(silent.length).toBeGreaterThan(0);
    for (const fact of silent) expect(fact.text, fact.id).toMatch(/no (salary|amount|figure|share|percentage)|sets no|gives no|does not/i);
  });
});
