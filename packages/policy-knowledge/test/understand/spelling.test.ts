import { describe, expect, it } from 'vitest';
import { countVocabulary, Speller } from '../../src/understand/spelling.js';
import { buildAdvisorTables, loadKnowledgeAndModel } from '../../src/index.js';

describe('the speller', () => {
  const vocabulary = countVocabulary(['teachers teach at the college', 'years of leave', 'the done deal'], []);
  const speller = new Speller(vocabulary);

  it('corrects a word no known word shares a stem with', () => {
    expect(speller.corrections('three yeras')).toEqual([{ from: 'yeras', to: 'years' }]);
  });

  it('leaves another form of a known word as it is ("teaches" of "teach")', () => {
    expect(speller.corrections('my college teaches automation')).toEqual([]);
  });

  it('knows the words that name fields ("drone" is not "done")', async () => {
    const { knowledge } = await loadKnowledgeAndModel();
    const tables = buildAdvisorTables(knowledge);
    expect(new Speller(tables.vocabulary, tables.stems).corrections('a drone company, robotics and nursing')).toEqual([]);
  });
});
