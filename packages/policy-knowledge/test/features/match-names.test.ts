import { beforeAll, describe, expect, it } from 'vitest';
import { findTerm, loadAdvisor, matchNames, nameScore, type Advisor } from '../../src/index.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

describe('matchNames', () => {
  const names = ['Social insurance while off post', 'Work-related injury insurance', 'Returning early', 'Pension and funeral fees'];
  const match = (typed: string) => matchNames(names, typed, (name) => [name]);

  it('puts names that start with the typed text first, then names that contain it', () => {
    expect(match('insurance')).toEqual(['Social insurance while off post', 'Work-related injury insurance']);
    expect(match('work')).toEqual(['Work-related injury insurance']);
    expect(match('ret')).toEqual(['Returning early']);
  });

  it('finds a misspelt name with natural’s Jaro–Winkler similarity, and nothing for unrelated words', () => {
    expect(match('pensoin')).toEqual(['Pension and funeral fees']);
    expect(match('injruy insurnace')).toEqual(['Work-related injury insurance']);
    expect(match('xylophone')).toEqual([]);
    expect(match('pension xylophone')).toEqual([]);
  });

  it('offers everything for empty input and scores hostile input without throwing', () => {
    expect(match('  ')).toEqual(names);
    expect(nameScore('a'.repeat(100_000), names)).toBe(0);
    expect(nameScore('<@123> @everyone', names)).toBe(0);
  });
});

describe('findTerm', () => {
  it('finds a glossary term by its words, by a pinyin alias, and when misspelt', () => {
    expect(findTerm(advisor.knowledge, 'bianzhi')?.term).toBe('total staffing (employment total)');
    expect(findTerm(advisor.knowledge, 'bianzih')?.term).toBe('total staffing (employment total)');
    expect(findTerm(advisor.knowledge, 'personel relationship')?.term).toBe('personnel relationship');
    expect(findTerm(advisor.knowledge, 'qwertyuiop')).toBeUndefined();
  });
});

describe('matchNames with near neighbours', () => {
  it('offers only the names that contain the text as written when there are any', () => {
    const terms = ['total staffing (bianzhi)', 'part-time work (jianzhi)'];
    expect(matchNames(terms, 'bianzhi', (name) => [name])).toEqual(['total staffing (bianzhi)']);
    expect(matchNames(terms, 'bianzih', (name) => [name])).toEqual(['total staffing (bianzhi)']);
  });
});
