import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, type Knowledge } from '../../src/index.js';
import { verdictFeatureParts, verdictFeatures } from '../../src/engine/verdict-features.js';
import { VerdictModel } from '../../src/engine/verdict-model.js';
import { decideVerdict } from '../../src/engine/verdict.js';
import { ConceptMatcher } from '../../src/understand/concept-matcher.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge();
});

/** The features of a fact's example question, read as the advisor reads a question. */
function featuresOf(question: string, factId: string): string[] {
  const fact = knowledge.factById.get(factId)!;
  const concepts = new Set(new ConceptMatcher(knowledge.concepts).find(question).map((m) => m.concept));
  const ruleVerdict = decideVerdict(fact, 'yes-no', concepts, undefined, question).verdict;
  return verdictFeatures({ question, fact, concepts, ruleVerdict, conceptsFile: knowledge.concepts });
}

describe('the learned verdict model', () => {
  it('reads the verdict of example questions of facts it never saw better than those facts’ own verdicts do', () => {
    expect.hasAssertions();
    // Five facts held out in turn: the model learns from every other fact's examples only.
    const heldOut = knowledge.facts.filter((f) => new Set(f.asks.map((a) => a.verdict)).size >= 3).slice(0, 5);
    expect(heldOut).toHaveLength(5);
    let learned = 0;
    let own = 0;
    let total = 0;
    for (const fact of heldOut) {
      const without = { ...knowledge, facts: knowledge.facts.map((f) => (f === fact ? { ...f, asks: [] } : f)) };
      const model = VerdictModel.train(without);
      for (const ask of fact.asks) {
        total++;
        if (model.predict(featuresOf(ask.q, fact.id)).verdict === ask.verdict) learned++;
        if ((fact.verdict ?? 'yes') === ask.verdict) own++;
      }
    }
    expect(learned).toBeGreaterThan(own);
    expect(learned / total).toBeGreaterThan(0.5);
  });

  it('predicts the same after being stored and restored', () => {
    const model = VerdictModel.train(knowledge);
    const restored = VerdictModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
    const fact = knowledge.facts[0]!;
    for (const ask of fact.asks) {
      const features = featuresOf(ask.q, fact.id);
      expect(restored.predict(features)).toEqual(model.predict(features));
    }
  });

  it('predicts the same from the features given as prefixes and values', () => {
    const model = VerdictModel.train(knowledge);
    const fact = knowledge.factById.get('leave.agreement.contents')!;
    const question = "doesn't the leave agreement have to be embossed by a solicitor, right?";
    const concepts = new Set(new ConceptMatcher(knowledge.concepts).find(question).map((m) => m.concept));
    const input = { question, fact, concepts, ruleVerdict: null, conceptsFile: knowledge.concepts };
    const { prefixes, values } = verdictFeatureParts(input);
    expect(prefixes.map((prefix, i) => prefix + values[i])).toEqual(verdictFeatures(input));
    expect(model.predictParts({ prefixes, values })).toEqual(model.predict(verdictFeatures(input)));
  });

  it('counts the words a question adds that neither the fact nor its other example questions use', () => {
    const fact = knowledge.factById.get('leave.agreement.contents')!;
    expect(featuresOf(fact.asks[0]!.q, fact.id)).toContain('novel:0');
    expect(featuresOf('does the leave agreement have to be embossed by a solicitor', fact.id)).toContain('novel:2');
  });

  it('reads a turn without what is said in passing and the joining word that opens it', () => {
    const question = "it's the school that pays the injury insurance premium, right?";
    const features = featuresOf(question, 'leave.injury-insurance.enterprise');
    expect(featuresOf(`got it. and ${question}`, 'leave.injury-insurance.enterprise')).toEqual(features);
    expect(featuresOf(`but so ${question}`, 'leave.injury-insurance.enterprise')).toEqual(features);
    expect(features).not.toContain('w:and');
  });

  it('gives an even-handed guess to a question with no feature it knows', () => {
    const guess = VerdictModel.train(knowledge).predict(['w:zzzunknown']);
    expect(guess.probability).toBeLessThan(0.7);
  });
});
