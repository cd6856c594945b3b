import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, type Knowledge } from '../../src/index.js';
import { learnedVerdict } from '../../src/engine/learned-verdict.js';
import type { VerdictModel } from '../../src/engine/verdict-model.js';
import type { VerdictDecision } from '../../src/engine/verdict.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge();
});

/** A model that always reads "no" with the given probability. */
function modelSaying(probability: number): VerdictModel {
  return { predictParts: () => ({ verdict: 'no', probability }) } as unknown as VerdictModel;
}

/** The verdict the learned model leaves (undefined: the one given stands) for a "yes" given by an example this close. */
function overruled(probability: number, exampleSimilarity: number | undefined): VerdictDecision | undefined {
  const fact = knowledge.factById.get('entrepreneurship.flexible-agreements.past-hiring')!;
  const question = "Is it true that in the past companies couldn't hire part-time teachers through school-enterprise cooperation?";
  const ruled: VerdictDecision = {
    verdict: 'yes',
    rule: 'like the example',
    with: [],
    ...(exampleSimilarity ? { exampleSimilarity } : {}),
  };
  return learnedVerdict(modelSaying(probability), knowledge, question, fact, new Set(['past', 'enterprise']), ruled);
}

describe('the learned verdict against a close example', () => {
  it('lets a close example stand against a model less sure than the example is close', () => {
    expect(overruled(0.49, 0.61)).toBeUndefined();
  });

  it('overrules the example when the model is surer, or the example is not close', () => {
    expect(overruled(0.8, 0.61)?.verdict).toBe('no');
    expect(overruled(0.49, 0.45)?.verdict).toBe('no');
    expect(overruled(0.49, undefined)?.verdict).toBe('no');
  });
});

describe('the learned verdict against a firm rule', () => {
  it('leaves a verdict the rules call firm, however sure the model is', () => {
    const fact = knowledge.factById.get('modes.training-programme.fee-collecting')!;
    const ruled: VerdictDecision = { verdict: 'partly', rule: 'rule: when approval → partly', with: [], firm: true };
    const question = 'Does the paper see fee-charging joint enrolment positively?';
    expect(learnedVerdict(modelSaying(0.99), knowledge, question, fact, new Set(['joint-enrolment', 'approval']), ruled)).toBeUndefined();
  });
});
