import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, type Knowledge } from '../../src/index.js';
import { findReference } from '../../src/understand/reference.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge();
});

describe('findReference', () => {
  it.each([
    ['what does section 4.3 say?', { kind: 'section', id: '4.3' }],
    ['explain model 4.2', { kind: 'section', id: '4.2' }],
    ["what's in part 3?", { kind: 'section', id: '3' }],
    ['clause 3-11?', { kind: 'clause', id: '3-11' }],
    ['what is the fourth point of the treatment list?', { kind: 'list-item', id: 'treatment.4' }],
    ['what is the third cooperation mode', { kind: 'list-item', id: 'modes.3' }],
    ["what's in the intro", { kind: 'section', id: '1' }],
    ['what is the conclusion of the paper', { kind: 'section', id: '5' }],
    ['what are the three policy requirements in section 3', { kind: 'list', id: 'ways' }],
    ['summarise all 6 cooperation modes', { kind: 'list', id: 'modes' }],
    ['list the five problems the paper names', { kind: 'list', id: 'problems' }],
  ])('finds the reference in "%s"', (question, expected) => {
    expect(findReference(question, knowledge.sections, knowledge.lists)).toMatchObject(expected);
  });

  it.each([
    'can I stay away for 3 years?',
    'do I keep my pension in the first year?',
    'is 70% of graduates a lot?',
    'a firm wants me 1-2 days a week, ok?',
    'what is the introduction of a company to the college',
    'which of the three ways applies to me if I keep teaching',
    'what are the two agreements I sign',
  ])('finds no reference in "%s"', (question) => {
    expect(findReference(question, knowledge.sections, knowledge.lists)).toBeUndefined();
  });
});
