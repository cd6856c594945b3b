import { describe, expect, it } from 'vitest';
import { attachedSide, comparesTheOtherWay, comparisonVerdict } from '../../src/engine/verdict.js';

describe('comparisons set against each other the other way round', () => {
  it('sees the two sides of "than" swapped', () => {
    expect(
      comparesTheOtherWay(
        'Can a company founded by a teacher sign cooperation deals with the school more flexibly than an ordinary company?',
        'the paper says ordinary companies sign cooperation agreements with schools more flexibly than teacher-founded ones?',
      ),
    ).toBe(true);
  });

  it('keeps comparisons made the same way, and anything that compares nothing', () => {
    expect(
      comparesTheOtherWay(
        'do teacher-founded companies sign cooperation more flexibly than ordinary companies?',
        'can a teacher-founded firm sign cooperation agreements more flexibly than ordinary firms?',
      ),
    ).toBe(false);
    expect(comparesTheOtherWay('is hiring on the market cheaper than training?', 'is training with a college worth it?')).toBe(false);
  });
});

describe('the verdict of a comparison whose sides the question names', () => {
  const fact =
    'What enterprises pay to recruit highly skilled talent on the talent market is much higher than ' +
    'the cost of such talent cultivated jointly.';

  it('reads which side is cheaper off the words, however the question is put', () => {
    expect(comparisonVerdict('does the paper say recruiting from the talent market is cheaper than co-training people?', fact)).toBe('no');
    expect(comparisonVerdict('is co-training cheaper than recruiting on the talent market?', fact)).toBe('yes');
    expect(comparisonVerdict('does recruiting on the talent market cost more than co-training?', fact)).toBe('yes');
    expect(comparisonVerdict('is recruiting talent cheaper than co-training talent?', fact)).toBe('no');
  });

  it('leaves alone a comparison naming the fact subject on both sides, or on neither', () => {
    expect(comparisonVerdict('is recruiting on the market cheaper than recruiting through a college?', fact)).toBeUndefined();
    expect(comparisonVerdict('are interns cheaper than apprentices?', fact)).toBeUndefined();
    expect(comparisonVerdict('is it cheap?', fact)).toBeUndefined();
  });
});

describe('each side of a pair said of what the fact says it of', () => {
  const fact = 'A base is easy to build but hard to make really effective: the hardware is easy, but support is hard or impossible.';

  it('agrees when each side is said of its own thing, and sees the sides swapped', () => {
    expect(attachedSide('is a training base easy to build?', fact)).toBe(true);
    expect(attachedSide('is it easy to make a training base actually effective?', fact)).toBe(false);
    expect(attachedSide('the paper says bases are hard to build but easy to make effective, right?', fact)).toBe(false);
  });

  it('says nothing of a question saying both, of one naming neither thing, or of a fact saying nothing of one side alone', () => {
    expect(attachedSide('are training bases easy to build and easy to make effective?', fact)).toBeUndefined();
    expect(attachedSide('is it hard for partner companies to give technical support?', fact)).toBeUndefined();
    const both = 'The long-term and short-term benefits of schools and enterprises are hard to coordinate.';
    expect(attachedSide('are the long-term benefits hard to coordinate?', both)).toBeUndefined();
  });
});
