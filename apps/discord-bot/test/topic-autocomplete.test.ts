import { loadAdvisor, type Advisor } from '@cobridge/policy-knowledge';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchChoices } from '../src/commands/match-choices.js';
import { matchTopics, resolveTopicId } from '../src/commands/topic.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

describe('/topic autocomplete', () => {
  it('offers titles that start with the typed text first, and finds a misspelt title', () => {
    const titles = (typed: string) => matchTopics(advisor.topics(), typed).map((t) => t.title);
    expect(titles('Returning')[0]).toBe('Returning early');
    expect(titles('pensoin')[0]).toMatch(/pension/i);
    expect(titles('socail insurance')[0]).toMatch(/social insurance/i);
    expect(titles('xylophone')).toEqual([]);
  });

  it('resolves a typed value that was not picked from the list to the title it resembles', () => {
    const returning = advisor.topics().find((t) => t.title === 'Returning early');
    expect(resolveTopicId(advisor.topics(), 'retrun early')).toBe(returning?.id);
    expect(resolveTopicId(advisor.topics(), '')).toBeUndefined();
  });

  it('matches other choices (glossary terms, situations) by their words, also misspelt', () => {
    const choices = [
      { name: 'total staffing', value: 'bianzhi', words: ['bianzhi', 'establishment'] },
      { name: 'personnel relationship', value: 'renshi' },
    ];
    expect(matchChoices(choices, 'bianzih').map((c) => c.value)).toEqual(['bianzhi']);
    expect(matchChoices(choices, 'personel').map((c) => c.value)).toEqual(['renshi']);
  });
});
