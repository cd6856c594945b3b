import { describe, expect, it } from 'vitest';
import { audienceCue, looksLikeFollowUp } from '../src/index.js';

describe('follow-ups', () => {
  it.each([
    'and if I come back early?',
    'what about the enterprise?',
    'does that apply to me too?',
    'how about part-time?',
    'and if I change my mind and want to come back to the college early instead?',
    'why are they so difficult to run?',
    'any conditions?',
    'how much?',
    'can a teacher return afterwards',
    'tell me the example',
    'does the school get to say no?',
    // A question closed by "then" draws on what was just said.
    'I teach accounting... could I open a bubble tea shop then?',
    // Whether something is handled like what was just said.
    'medical treatment handled the same way?',
    // "his" with nobody named for it stands for the person the conversation is about.
    'Would we have to pay his work injury insurance?',
    // An item named by its place is an item of the list just given.
    'explain the first one a bit more pls',
  ])('recognises "%s" as a follow-up', (q) => expect(looksLikeFollowUp(q)).toBe(true));

  it.each([
    'do I keep my pension if I leave to start a company?',
    'what are the six cooperation modes between schools and firms',
    'can the school refuse my request to end the contract while I am on leave and refuse?',
    'If a lecturer leaves his post to join us, do we pay his work injury insurance?',
  ])('treats "%s" as a new question', (q) => expect(looksLikeFollowUp(q)).toBe(false));

  it('reads the audience a follow-up names', () => {
    expect(audienceCue('what about the enterprise?')).toBe('enterprise');
    expect(audienceCue('and for me as a teacher?')).toBe('teacher');
    expect(audienceCue('and after that?')).toBeUndefined();
  });
});
