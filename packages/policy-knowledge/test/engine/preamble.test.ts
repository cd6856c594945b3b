import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/index.js';
import { claimReading } from '../../src/engine/preamble.js';
import { ConceptMatcher } from '../../src/understand/concept-matcher.js';

let matcher: ConceptMatcher;
beforeAll(async () => {
  matcher = new ConceptMatcher((await loadKnowledge()).concepts);
});

/** The concepts a question's claim keeps, as the verdict reads them. */
function claimConcepts(question: string): ReadonlySet<string> {
  const concepts = new Set(matcher.find(question, 'enterprise').map((m) => m.concept));
  return claimReading(question, concepts, matcher, 'enterprise').concepts;
}

describe('claimReading', () => {
  it('asks whether an act told with a worry is allowed, which the worry does not turn around', () => {
    const question =
      "We're worried it'll look like we're exploiting students if we pick order-class grads to come work for us. Is that actually legit?";
    expect(claimConcepts(question).has('prohibited')).toBe(false);
    expect(claimConcepts(question).has('order-based')).toBe(true);
  });

  it('leaves out the modifiers only the other choice offered names ("…, or would any business do?")', () => {
    const question = 'does the business have to be innovation-related, or would any business do?';
    expect(claimConcepts(question).has('unrelated')).toBe(false);
    expect(claimConcepts(question).has('innovation')).toBe(true);
    expect(claimConcepts('could any business do?').has('unrelated')).toBe(true);
  });

  it('leaves out the moods of a long story telling a worry before the sentence that asks', () => {
    const story =
      "I'm a senior lecturer, married with two kids, and my partner is nervous about me giving up the security of the school job. " +
      'So two questions. If I leave my post to start a company, do I keep my social insurance at the school?';
    expect(claimConcepts(story).has('lose')).toBe(false);
    expect(claimConcepts(story).has('social-insurance')).toBe(true);
    expect(claimConcepts('If I leave my post to start a company, do I lose my social insurance at the school?').has('lose')).toBe(true);
  });

  it('keeps a claim told by others, asked whether it holds', () => {
    const question = "My head of department says they'll basically fire me if I try to come back. Is that legit?";
    const concepts = new Set(matcher.find(question, 'teacher').map((m) => m.concept));
    expect(claimReading(question, concepts, matcher, 'teacher')).toEqual({ claim: question, concepts });
  });
});
