import { describe, expect, it } from 'vitest';
import { CharGramTable } from '../../src/classify/char-gram-table.js';
import { charGrams } from '../../src/classify/tokenize.js';

const GRAMS = [' ca', 'cat', 'at ', ' cat', 'cat ', ' cat ', 'ata', 'tat', ' ña', 'ñan', '🐈 ', ' 🐈'];
const FIRST_ID = 100;

/** The ids `charGrams` finds through a plain string map: what the table must reproduce. */
function mapIds(token: string): number[] {
  const index = new Map(GRAMS.map((g, i) => [g, FIRST_ID + i]));
  return charGrams(token)
    .map((g) => index.get(g) ?? -1)
    .filter((id) => id >= 0);
}

describe('CharGramTable', () => {
  const table = new CharGramTable(GRAMS, FIRST_ID);

  it('finds the known n-grams of a token in charGrams order, repeats included', () => {
    for (const token of ['cat', 'catatat', 'ñandú', '🐈', 'cats', 'dog', 'a', '']) {
      expect([...table.idsOf(token)], token).toEqual(mapIds(token));
    }
    expect([...table.idsOf('catatat')].filter((id) => id === FIRST_ID + GRAMS.indexOf('tat'))).toHaveLength(2);
  });

  it('finds nothing in an empty table', () => {
    expect([...new CharGramTable([], 0).idsOf('cat')]).toEqual([]);
  });
});
