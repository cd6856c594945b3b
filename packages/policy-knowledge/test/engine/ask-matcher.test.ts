import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, type Knowledge } from '../../src/index.js';
import { AskMatcher } from '../../src/engine/ask-matcher.js';

let knowledge: Knowledge;
let matcher: AskMatcher;
beforeAll(async () => {
  knowledge = await loadKnowledge();
  matcher = new AskMatcher(knowledge.facts);
});

describe('AskMatcher', () => {
  it('has example questions for every fact of the guidance (section 3)', () => {
    const guidance = knowledge.facts.filter((f) => f.clauses.some((c) => c.startsWith('3-')));
    expect(guidance.length).toBeGreaterThan(20);
    expect(guidance.filter((f) => f.asks.length < 4).map((f) => f.id)).toEqual([]);
  });

  it('finds the closest example among the given facts only, with its verdict', () => {
    const injury = knowledge.factById.get('leave.injury-insurance.enterprise')!;
    const social = knowledge.factById.get('leave.social-insurance.school')!;
    const match = matcher.closest('does my own startup have to pay my work injury insurance?', new Set([injury, social]));
    expect(match?.fact.id).toBe('leave.injury-insurance.enterprise');
    expect(match?.similarity).toBeGreaterThan(0.3);
    expect(match?.similarity).toBeLessThanOrEqual(1.0000001);
    expect(matcher.closest('does my own startup have to pay my work injury insurance?', new Set([social]))?.fact.id).not.toBe(injury.id);
  });

  it('finds nothing for a question that shares no word with any example', () => {
    expect(matcher.closest('zzz qqq', new Set(knowledge.facts))).toBeUndefined();
  });
});
