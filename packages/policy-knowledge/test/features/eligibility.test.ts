import { beforeAll, describe, expect, it } from 'vitest';
import { answerEligibility, eligibilityFromFacts, startEligibility, type EligibilityStep, type Knowledge } from '../../src/index.js';
import { shippedKnowledge } from './shipped-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await shippedKnowledge();
});

/** Answers the questions in turn, sending the state through JSON as a chat surface would. */
function run(choices: string[]): EligibilityStep {
  let step: EligibilityStep = startEligibility(knowledge);
  for (const choice of choices) {
    if (step.kind !== 'question') throw new Error(`no question left for ${choice}`);
    step = answerEligibility(knowledge, JSON.parse(JSON.stringify(step.state)), choice);
  }
  return step;
}

const CONDITION = {
  'part-time': ['field-similar', '3-4'],
  'in-post-company': ['major-related', '3-5'],
  'leave-post': ['sci-tech', '3-6'],
} as const;
const WAYS = Object.keys(CONDITION) as (keyof typeof CONDITION)[];
const PEOPLE = ['research-staff', 'other-public-staff'] as const;
const ANSWERS = { yes: 'eligible', no: 'not-eligible', 'not-sure': 'depends' } as const;

describe('the eligibility check', () => {
  it('starts by asking who the person is, with fixed choices and an empty state', () => {
    const first = startEligibility(knowledge);
    expect(first).toMatchObject({ kind: 'question', id: 'person', state: { answers: {} } });
    expect(first.choices.map((c) => c.id)).toEqual(['research-staff', 'other-public-staff', 'neither']);
  });

  it('tells someone who is neither kind of staff that the guidance does not cover them, citing 3-2', () => {
    const verdict = run(['neither']);
    expect(verdict).toMatchObject({ kind: 'verdict', verdict: 'not-eligible' });
    expect(verdict.kind === 'verdict' && verdict.text).toMatch(/does not cover you/);
    expect(verdict.kind === 'verdict' && verdict.citations.map((c) => c.clause)).toEqual(['3-2']);
  });

  for (const person of PEOPLE) {
    for (const way of WAYS) {
      const [question, clause] = CONDITION[way];
      for (const [answer, expected] of Object.entries(ANSWERS)) {
        it(`gives ${person} / ${way} / ${question}=${answer} the verdict "${expected}" citing ${clause}`, () => {
          const before = run([person, way]);
          expect(before).toMatchObject({ kind: 'question', id: question });
          const verdict = run([person, way, answer]);
          if (verdict.kind !== 'verdict') throw new Error(`expected a verdict, got ${verdict.kind}`);
          expect(verdict.verdict).toBe(expected);
          expect(verdict.citations.map((c) => c.clause)).toContain(clause);
          expect(verdict.citations.every((c) => c.quote.length > 0)).toBe(true);
          expect(verdict.state.answers).toEqual({ person, way, [question]: answer });
          if (expected === 'depends') expect(verdict.dependsOn).toMatch(/^whether /);
          else expect(verdict.dependsOn).toBeUndefined();
          if (expected === 'eligible') {
            expect(verdict.text).toMatch(
              person === 'research-staff'
                ? /^You are eligible under the guidance's conditions/
                : /^You may apply under the guidance's conditions/,
            );
            expect(verdict.text).toMatch(/your institution still decides/);
          }
        });
      }
    }
  }

  it('asks only the missing facts when some are already known', () => {
    const step = eligibilityFromFacts(knowledge, { way: 'in-post-company', 'major-related': 'yes' });
    expect(step).toMatchObject({ kind: 'question', id: 'person' });
    const verdict = step.kind === 'question' ? answerEligibility(knowledge, step.state, 'other-public-staff') : step;
    expect(verdict).toMatchObject({ kind: 'verdict', verdict: 'eligible' });
  });

  it('decides at once when the known facts already fail the condition, whoever the person is', () => {
    expect(eligibilityFromFacts(knowledge, { way: 'part-time', 'field-similar': 'no' })).toMatchObject({
      kind: 'verdict',
      verdict: 'not-eligible',
    });
  });

  it('refuses facts that do not fit the questions, and restarts from the first question', () => {
    const bad: Record<string, string>[] = [{ way: 'tourism' }, { colour: 'blue' }, { way: 'part-time', 'sci-tech': 'yes' }];
    for (const facts of bad) {
      const step = eligibilityFromFacts(knowledge, facts);
      expect(step).toMatchObject({ kind: 'invalid', restart: { kind: 'question', id: 'person' } });
    }
  });

  it('answers a stale, tampered or finished state with an invalid step instead of throwing', () => {
    expect(answerEligibility(knowledge, null, 'neither').kind).toBe('invalid');
    expect(answerEligibility(knowledge, { answers: [] }, 'neither').kind).toBe('invalid');
    expect(answerEligibility(knowledge, { answers: { person: 42 } }, 'part-time').kind).toBe('invalid');
    expect(answerEligibility(knowledge, { answers: { person: 'neither' } }, 'part-time')).toMatchObject({
      kind: 'invalid',
      message: 'This check has already finished.',
    });
  });

  it('reports an unknown choice id together with the question it was meant for', () => {
    const step = answerEligibility(knowledge, { answers: {} }, 'astronaut');
    expect(step).toMatchObject({ kind: 'invalid', message: '"astronaut" is not an answer to "Which of these describes you?"' });
  });
});
