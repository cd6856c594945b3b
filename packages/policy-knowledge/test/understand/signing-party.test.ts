import { describe, expect, it } from 'vitest';
import { signingParty } from '../../src/understand/signing-party.js';

describe('the other party to what is signed', () => {
  it.each([
    ["Do I have to sign anything with the company I'm joining after I leave my post?", 'enterprise'],
    ['If I take leave from my post, do I have to sign anything with the school?', 'school'],
    ['Is the school also supposed to sign an agreement with the company an off-post teacher works for?', 'enterprise'],
    // A deal already made, and an agreement with both sides named, name no single other party.
    ['We signed a three-year deal with a college and no students came. Is that common?', undefined],
    ['What kind of agreement do we end up signing with the college and the teacher who joins us?', undefined],
    ['who pays my social insurance while I am away?', undefined],
  ] as const)('"%s" → %s', (question, party) => {
    expect(signingParty(question)).toBe(party);
  });
});
