import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, type Knowledge } from '../../src/index.js';
import { leavingForAWayInPost, leavingToTakeAWayInPost } from '../../src/engine/leaving-for-it.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge();
});

describe('leaving the post asked as the price of a way taken in post', () => {
  it('answers no from the way a question names: a start-up or part-time work can be taken in post', () => {
    const startUp = leavingToTakeAWayInPost('Must I leave my post in order to start a company?', knowledge.factById);
    expect(startUp).toMatchObject({ decision: { verdict: 'no', firm: true }, facts: [{ id: 'ways.in-post.related-major' }] });
    const partTime = leavingToTakeAWayInPost('do I have to quit my job to work part-time for a firm?', knowledge.factById);
    expect(partTime?.facts.map((f) => f.id)).toEqual(['ways.part-time.similar-field']);
  });

  it('says nothing of leaving asked for its own sake, or of a way that does need leaving', () => {
    expect(leavingToTakeAWayInPost('can I leave my post to start a company?', knowledge.factById)).toBeUndefined();
    expect(leavingToTakeAWayInPost('do I have to leave my post for three years?', knowledge.factById)).toBeUndefined();
  });

  it('answers no of the way just discussed when the question points at it', () => {
    const after = leavingForAWayInPost('do I need to leave my post to do it?', ['ways.part-time.similar-field'], knowledge.factById);
    expect(after?.decision.verdict).toBe('no');
    expect(
      leavingForAWayInPost('do I need to leave my post to do it?', ['leave.three-years.retained'], knowledge.factById),
    ).toBeUndefined();
  });
});
