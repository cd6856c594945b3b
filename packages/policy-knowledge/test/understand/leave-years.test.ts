import { describe, expect, it } from 'vitest';
import { runsPastThreeYears } from '../../src/understand/leave-years.js';

describe('runsPastThreeYears', () => {
  it.each([
    ['Our partner teacher is in year 3 of his leave. Can he stay with us another two years?', true],
    ["I'm two years into my leave; could I take two more years?", true],
    ["I'm two years into my leave; could I take one more year?", false],
    ['he is in year 1 of his leave, can he stay another year?', false],
    ['can he stay another two years?', false],
    ['I am two years into my leave, how is my title evaluated?', false],
  ])('reads "%s" as running past three years: %s', (question, past) => {
    expect(runsPastThreeYears(question)).toBe(past);
  });
});
