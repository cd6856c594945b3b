import { describe, expect, it } from 'vitest';
import { readStems, readTokens, readWordIds } from '../../src/classify/tokenize.js';
import { stem } from '../../src/classify/stem.js';
import { stemOfWord, wordId, WordSlots } from '../../src/classify/word-table.js';

describe('word table', () => {
  it('gives a word the same id in every text, and its Porter stem', () => {
    const ids = readWordIds('teachers keep their posts');
    expect(readWordIds('do teachers lose posts?')[1]).toBe(ids[0]);
    expect(wordId('posts')).toBe(ids[3]);
    expect(stemOfWord(ids[0]!, 'teachers')).toBe(stem('teachers'));
  });

  it('gives the stems of a text as stemming each token would', () => {
    const text = 'Can the college stop my pension payments?';
    expect(readStems(text)).toEqual(readTokens(text).map(stem));
  });

  it('keeps one value per word id for a reader', () => {
    const slots = new WordSlots<string>();
    const id = wordId('secondment');
    expect(slots.get(id)).toBeUndefined();
    expect(slots.set(id, 'kept')).toBe('kept');
    expect(slots.get(id)).toBe('kept');
    expect(slots.get(id + 1)).toBeUndefined();
  });
});
