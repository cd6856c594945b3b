import { describe, expect, it } from 'vitest';
import { countVocabulary, Speller } from '../../src/understand/spelling.js';
import { buildAdvisorTables, loadAdvisor, loadKnowledgeAndModel } from '../../src/index.js';
import { englishLexicon, wordsMistakenForTypos } from '../../src/understand/english-words.js';

describe('the speller', () => {
  const vocabulary = countVocabulary(['teachers teach at the college', 'years of leave', 'the done deal'], []);
  const speller = new Speller(vocabulary);

  it('corrects a word no known word shares a stem with', () => {
    expect(speller.corrections('three yeras')).toEqual([{ from: 'yeras', to: 'years' }]);
  });

  it('prefers, between equally distant words, the one ending as the typo does ("startp" → "startup", not "start")', () => {
    const startups = new Speller(countVocabulary(['start start start start a startup'], []));
    expect(startups.corrections('my startp')).toEqual([{ from: 'startp', to: 'startup' }]);
  });

  it('leaves another form of a known word as it is ("teaches" of "teach")', () => {
    expect(speller.corrections('my college teaches automation')).toEqual([]);
  });

  it('tells a text in the knowledge\'s own words ("who teaches?") from one with a word it never uses ("who snorkels?")', () => {
    expect(speller.usesOnlyKnowledgeWords('who teaches at the college?')).toBe(true);
    expect(speller.usesOnlyKnowledgeWords('who snorkels at the college?')).toBe(false);
  });

  it('knows the words that name fields ("drone" is not "done")', async () => {
    const { knowledge } = await loadKnowledgeAndModel();
    const tables = buildAdvisorTables(knowledge);
    expect(new Speller(tables.vocabulary, tables.stems).corrections('a drone company, robotics and nursing')).toEqual([]);
  });

  it('leaves English words alone that are near a word of the knowledge ("plain" is no typo of "plan")', async () => {
    const lexicon = englishLexicon();
    expect(lexicon).toContain('plain');
    // "loose" is mostly "lose" in chat, and the lexicon's own misspellings are no words to keep.
    expect(lexicon).not.toContain('loose');
    expect(lexicon).not.toContain('assesment');
    const planning = new Speller(countVocabulary(['a plan for the deal'], []));
    expect(wordsMistakenForTypos(planning, ['plain', 'dean', 'zebra', 'plan'])).toEqual(['plain', 'dean']);
    const kept = new Speller(countVocabulary(['a plan for the deal'], []), undefined, ['plain', 'dean']);
    expect(kept.corrections('a plain dean, a plian deall')).toEqual([
      { from: 'plian', to: 'plan' },
      { from: 'deall', to: 'deal' },
    ]);
  });

  it('is built with those words by the trained model', async () => {
    const advisor = await loadAdvisor();
    const result = advisor.ask('does the dean have to sign off on my plain old leave application?', { audience: 'teacher' });
    const corrections = result.kind === 'answer' ? (result.understanding?.corrections ?? []) : [];
    expect(corrections.map((c) => c.from)).not.toContain('dean');
    expect(corrections.map((c) => c.from)).not.toContain('plain');
  });
});
