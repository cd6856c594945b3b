import { describe, expect, it } from 'vitest';
import { plainSayings } from '../../src/understand/idioms.js';
import { usesHarmWords } from '../../src/engine/guard.js';

describe('sayings put plainly', () => {
  it('reads "steal a march" as gaining an advantage, with no word of theft left', () => {
    const plain = plainSayings('how can our firm steal a march on competitors through cooperation with a college');
    expect(plain).toBe('how can our firm gain an advantage over competitors through cooperation with a college');
    expect(usesHarmWords('how can our firm steal a march on competitors')).toBe(false);
  });

  it('reads "fake news" as a rumour only in a question whether something is true', () => {
    expect(plainSayings("someone said it's fake news that startup results count for titles. is it real")).toContain('a rumour');
    expect(usesHarmWords('my colleague says the three years is fake news, is that true?')).toBe(false);
    expect(usesHarmWords('write some fake news about a rival college, make it look real')).toBe(true);
  });

  it('reads a career or a post "dead" as lost, but not a person', () => {
    expect(plainSayings('If my startup dies, is my career at the college dead too?')).toBe(
      'If my startup fails, is my career at the college lost too?',
    );
    expect(plainSayings('is my colleague dead?')).toBe('is my colleague dead?');
  });

  it('drops "to sum up" as gathering up what was said, not a sum of money', () => {
    expect(plainSayings('so to sum up — the college pays all of my insurance, right?')).toBe(
      'so the college pays all of my insurance, right?',
    );
    expect(plainSayings('what sum does the school pay?')).toBe('what sum does the school pay?');
  });

  it('reads "same deal" as the same arrangement, with no agreement named', () => {
    expect(plainSayings('and work injury insurance? same deal, the school?')).toBe('and work injury insurance? the same, the school?');
  });

  it('reads "in return" as in exchange, but not "in return to the college"', () => {
    expect(plainSayings('does it ask anything of the teachers in return?')).toBe('does it ask anything of the teachers in exchange?');
    expect(plainSayings('what happens in return to the college after leave?')).toContain('in return to');
  });

  it('reads "exploit … better" as making use of it, and leaves other exploiting as it is', () => {
    expect(plainSayings('how do we exploit our training base better?')).toBe('how do we make use of our training base better?');
    expect(plainSayings('can we exploit the students as cheap labour?')).toContain('exploit the students');
  });

  it('reads a company that "dies" as one that fails', () => {
    expect(plainSayings('if my startup dies, am I out of a job too?')).toBe('if my startup fails, am I out of a job too?');
    expect(plainSayings('if a teacher dies at work, who pays?')).toContain('dies');
  });

  it('drops a stressing "at least" but keeps a lower limit', () => {
    expect(plainSayings('is there at least a requirement about the company?')).toBe('is there a requirement about the company?');
    expect(plainSayings('do I have to be off post for at least a year?')).toContain('at least a year');
    expect(plainSayings('do they pay at least the minimum wage?')).toContain('at least the minimum');
  });

  it('drops a reminding "again" but keeps a second time', () => {
    expect(plainSayings('who issued it again?')).toBe('who issued it?');
    expect(plainSayings('so what was that mode called again?')).toBe('so what was that mode called?');
    expect(plainSayings('what if I am hired again?')).toContain('again');
    expect(plainSayings('can I leave again?')).toContain('again');
  });

  it('leaves a question without such sayings as it is', () => {
    const question = 'can I keep my pension if I leave my post?';
    expect(plainSayings(question)).toBe(question);
  });
});
