import { beforeAll, describe, expect, it } from 'vitest';
import { sayVerdict } from '../../src/engine/say-verdict.js';
import { loadKnowledge, type Fact, type Knowledge } from '../../src/index.js';

let knowledge: Knowledge;
const fact = (id: string): Fact => {
  const found = knowledge.factById.get(id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};
beforeAll(async () => {
  knowledge = await loadKnowledge();
});

describe('whether a party has a say', () => {
  it('answers "do we have any say in it?" of a return the teacher decides: the guidance does not say', () => {
    const read = sayVerdict('And do we have any say in it?', fact(RETURN_EARLY), 'enterprise');
    expect(read?.verdict).toBe('not-stated');
    expect(read?.rule).toMatch(/enterprise has a say/);
  });

  it('answers Yes for a party to the agreement that settles it (the enterprise signs the income agreement, 3-18)', () => {
    expect(sayVerdict('do we get a say in the income split?', fact(INCOME), 'enterprise')?.verdict).toBe('yes');
  });

  it('answers No for a party the fact requires to act when asked ("does the school get a say?" in ending the contract, 3-20)', () => {
    expect(sayVerdict('does the school get a say?', fact(TERMINATE), 'teacher')?.verdict).toBe('no');
  });

  it('leaves a party the fact is about, and agreements the party does not sign, to the other checks', () => {
    expect(sayVerdict('does the teacher get a say?', fact(RETURN_EARLY), 'teacher')).toBeUndefined();
    expect(sayVerdict('do I get a say in it?', fact(RETURN_EARLY), 'teacher')).toBeUndefined();
    expect(sayVerdict("do we get a say in the teacher's leave agreement?", fact(LEAVE_AGREEMENT), 'enterprise')).toBeUndefined();
  });

  it('reads nothing in a question asking no say, or in "we" asked by a teacher', () => {
    expect(sayVerdict('can she go back whenever she likes?', fact(RETURN_EARLY), 'enterprise')).toBeUndefined();
    expect(sayVerdict('do we have any say in it?', fact(RETURN_EARLY), 'teacher')).toBeUndefined();
  });
});

const RETURN_EARLY = 'leave.return-early.allowed';
const INCOME = 'leave.agreement.income';
const TERMINATE = 'leave.terminate.on-request';
const LEAVE_AGREEMENT = 'leave.agreement.contents';
