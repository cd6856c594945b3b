import { beforeAll, describe, expect, it } from 'vitest';
import { ConceptMatcher } from '../../src/understand/concept-matcher.js';
import { asksListMembership, listMembership } from '../../src/engine/list-membership.js';
import { loadKnowledge, type Knowledge } from '../../src/index.js';

let knowledge: Knowledge;
let matcher: ConceptMatcher;
beforeAll(async () => {
  knowledge = await loadKnowledge();
  matcher = new ConceptMatcher(knowledge.concepts);
});

describe('list membership', () => {
  it.each([
    ['is a franchise model one of the six cooperation modes?', 'no'],
    ['are order-based training and a franchise model both among the modes?', 'partly'],
    ['are the teachers team and the training base among the cooperation models?', 'yes'],
    ["is encouraging students to start companies actually one of the paper's cooperation modes?", 'yes'],
    // The teachers' team is co-built by teachers working part-time in enterprises.
    ['is teachers working part-time in companies one of the cooperation modes in the paper?', 'yes'],
  ])('checks each thing named in "%s" against the modes: %s', (question, verdict) => {
    const read = listMembership(question, knowledge.facts, matcher, 'teacher');
    expect(read?.decision.verdict).toBe(verdict);
    expect(read?.fact.about).toContain('modes');
  });

  it.each([
    "we want to hire students when they graduate. is that one of the paper's models?",
    'can our company hire the students under one of the models?',
    'what are the six modes?',
  ])('leaves "%s" to the other readings', (question) => {
    expect(listMembership(question, knowledge.facts, matcher, 'teacher')).toBeUndefined();
  });

  it('tells a question on membership from one on what the list says', () => {
    expect(asksListMembership('are X and Y among the six cooperation modes?')).toBe(true);
    expect(asksListMembership('what are the six cooperation modes?')).toBe(false);
  });
});
