import { describe, expect, it } from 'vitest';
import { stem } from '../../src/classify/stem.js';

describe('stem', () => {
  it('stems words by Porter', () => {
    expect(stem('teachers')).toBe('teacher');
    expect(stem('leaving')).toBe('leav');
  });

  it('keeps "used" and "using" apart from the pronoun "us"', () => {
    expect(stem('us')).toBe('us');
    expect(stem('used')).toBe('use');
    expect(stem('using')).toBe('use');
    expect(stem('uses')).toBe(stem('use'));
  });
});
