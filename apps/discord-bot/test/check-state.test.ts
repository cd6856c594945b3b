import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge, type EligibilityFile } from '@cobridge/policy-knowledge';
import { decodeCheckState, encodeCheckState } from '../src/check-state.js';

let file: EligibilityFile;
beforeAll(async () => {
  const knowledge = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  file = knowledge.features.eligibility as EligibilityFile;
});

describe('check state codes', () => {
  it('encode one character per question, by choice index', () => {
    const state = { answers: { person: 'other-public-staff', way: 'leave-post', 'sci-tech': 'not-sure' } };
    const code = encodeCheckState(file, state);
    expect(code).toHaveLength(file.questions.length);
    expect(code).toBe('12..2');
    expect(decodeCheckState(file, code)).toEqual(state);
    expect(encodeCheckState(file, { answers: {} })).toBe('.....');
  });

  it.each(['', '12', '12..2.', '19...', '9....'])('refuses %j, which no longer fits the questions', (code) => {
    expect(decodeCheckState(file, code)).toBeUndefined();
  });
});
