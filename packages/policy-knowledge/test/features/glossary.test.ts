import { beforeAll, describe, expect, it } from 'vitest';
import { expandWithGlossary, listGlossary, lookupTerm, type Knowledge } from '../../src/index.js';
import { shippedKnowledge } from './shipped-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await shippedKnowledge();
});

describe('the glossary', () => {
  it('has at least fifteen terms, each defined, cited and linked to an existing topic', () => {
    const terms = listGlossary(knowledge);
    expect(terms.length).toBeGreaterThanOrEqual(15);
    for (const term of terms) {
      expect(term.definition.length).toBeGreaterThan(20);
      expect(term.citations.length).toBeGreaterThan(0);
      if (term.topic) expect(knowledge.topicById.has(term.topic.id)).toBe(true);
    }
  });

  it.each([
    ['will I keep my job?', 'personnel-relationship', '3-19'],
    ['what about tenure', 'personnel-relationship', '3-19'],
    ['will I lose my bianzhi', 'total-staffing', '3-22'],
    ['my BIĀNZHÌ post', 'total-staffing', '3-22'],
    ['what happens to my zhicheng', 'professional-title', '3-13'],
    ['who pays gongshang baoxian', 'work-injury-insurance', '3-11'],
    ['a work injury at the startup', 'work-injury-insurance', '3-11'],
    ['my yanglao contributions', 'social-insurance', '3-10'],
    ['and my pension?', 'social-insurance', '3-10'],
    ['rules for lizhi chuangye', 'leave-post', '3-6'],
    ['zaigang chuangye rules', 'in-post-company', '3-5'],
    ['can I do jianzhi', 'part-time', '3-4'],
    ['我会失去编制吗', 'total-staffing', '3-22'],
  ])('finds the guidance term in "%s"', (text, id, clause) => {
    const match = lookupTerm(knowledge, text);
    expect(match?.id).toBe(id);
    expect(match?.citations.map((c) => c.clause)).toContain(clause);
  });

  it.each(['pensionable', 'a bianzhis', 'brandnew headcounts', 'nothing here'])(
    'matches whole words only, so "%s" finds nothing',
    (text) => {
      expect(lookupTerm(knowledge, text)).toBeUndefined();
    },
  );

  it('appends the guidance terms for everyday and pinyin words, once each', () => {
    expect(expandWithGlossary(knowledge, 'will I lose my bianzhi')).toBe('will I lose my bianzhi (total staffing (employment total))');
    expect(expandWithGlossary(knowledge, 'gongshang baoxian and yanglao, and gongshang again')).toBe(
      'gongshang baoxian and yanglao, and gongshang again (work-related injury insurance; social insurance)',
    );
  });

  it('leaves a question unchanged when nothing matches or the term is already there', () => {
    expect(expandWithGlossary(knowledge, 'does my social insurance continue?')).toBe('does my social insurance continue?');
    expect(expandWithGlossary(knowledge, 'hello there')).toBe('hello there');
  });
});
