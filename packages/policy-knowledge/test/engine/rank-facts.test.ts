import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, type Knowledge } from '../../src/index.js';
import { rankFacts } from '../../src/engine/rank-facts.js';
import { ConceptMatcher } from '../../src/understand/concept-matcher.js';

let knowledge: Knowledge;
let kinds: ReadonlyMap<string, string>;
beforeAll(async () => {
  knowledge = await loadKnowledge();
  kinds = new ConceptMatcher(knowledge.concepts).kinds;
});

describe('rankFacts', () => {
  it('puts first the fact a verdict rule of two concepts fits, over a fact of a slightly likelier topic', () => {
    // "will my employment contract just stay as it is?": the agreement changes the contract (rule: contract + unchanged → no).
    const scores = new Map([
      ['leave.terminate-contract', 0.55],
      ['leave.post-leaving-agreement', 0.4],
    ]);
    const ranked = rankFacts(knowledge, scores, new Set(['employment-contract', 'unchanged']), kinds);
    expect(ranked[0]?.fact.id).toBe('leave.agreement.contents');
    expect(ranked.map((r) => r.fact.id)).toContain('leave.terminate.on-request');
  });

  it('ranks by topic probability first when no rule fits', () => {
    const scores = new Map([
      ['leave.terminate-contract', 0.7],
      ['leave.post-leaving-agreement', 0.1],
    ]);
    const ranked = rankFacts(knowledge, scores, new Set(['employment-contract']), kinds);
    expect(ranked[0]?.fact.topic).toBe('leave.terminate-contract');
  });
});
