import { describe, expect, it } from 'vitest';
import { switchParty } from '../src/switch-party.js';

describe('switchParty', () => {
  it('asks the previous question again about the party a follow-up names', () => {
    expect(switchParty('what does the enterprise want from cooperation?', 'and the school?')).toBe(
      'what does the school want from cooperation?',
    );
    expect(switchParty('what do companies hope to get from cooperation?', 'and the students?')).toBe(
      'what do students hope to get from cooperation?',
    );
    expect(switchParty('what do companies usually want out of partnering with a vocational school', 'and the school side?')).toBe(
      'what do schools usually want out of partnering with a vocational enterprise',
    );
  });

  it('keeps the articles right and reads "what about us as the company?"', () => {
    expect(switchParty('What do companies typically want from cooperating with a college?', 'and the schools?')).toBe(
      'What do schools typically want from cooperating with an enterprise?',
    );
    expect(switchParty('what do colleges get out of working with companies', 'what about us as the company?')).toBe(
      'what do enterprises get out of working with schools',
    );
  });

  it('exchanges the school and the enterprise when the previous question was about the school', () => {
    expect(switchParty('what do colleges want out of working with companies?', 'and for enterprises?')).toBe(
      'what do enterprises want out of working with schools?',
    );
  });

  it('leaves an audience switch to the audience logic ("what about the enterprise?")', () => {
    expect(switchParty('who pays work-injury insurance while I am away from school?', 'what about the enterprise?')).toBeUndefined();
  });

  it('leaves follow-ups that are more than a party, or previous questions that name none, alone', () => {
    expect(switchParty('what does the enterprise want from cooperation?', 'and what does the school do then?')).toBeUndefined();
    expect(switchParty('how long can I stay away?', 'and the school?')).toBeUndefined();
    expect(switchParty('what does the school want?', 'and the school?')).toBeUndefined();
  });
});
