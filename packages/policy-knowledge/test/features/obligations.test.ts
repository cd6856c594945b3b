import { beforeAll, describe, expect, it } from 'vitest';
import { listSituations, matchSituation, obligationsFor, type Knowledge } from '../../src/index.js';
import { shippedKnowledge } from './shipped-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await shippedKnowledge();
});

const clausesOf = (items: { citations: { clause: string }[] }[]) => items.flatMap((i) => i.citations.map((c) => c.clause));

describe('obligations by party', () => {
  it('shows enterprise contacts their side first and teachers theirs', () => {
    const forEnterprise = obligationsFor(knowledge, 'hiring-post-leaver', 'enterprise');
    const forTeacher = obligationsFor(knowledge, 'hiring-post-leaver', 'teacher');
    expect(forEnterprise?.items.map((i) => i.party)).toEqual([
      'enterprise',
      'enterprise',
      'school',
      'school',
      'school',
      'teacher',
      'teacher',
    ]);
    expect(forTeacher?.items.map((i) => i.party)).toEqual(['teacher', 'teacher', 'school', 'school', 'school', 'enterprise', 'enterprise']);
  });

  it('keeps the file order within a party and without an audience', () => {
    const plain = obligationsFor(knowledge, 'leave-post-company');
    expect(plain?.items.map((i) => i.party)).toEqual(['school', 'school', 'school', 'school', 'teacher', 'teacher', 'enterprise']);
  });

  it('names the obligations the guidance gives for a teacher who has left the post', () => {
    const checklist = obligationsFor(knowledge, 'hiring-post-leaver', 'enterprise');
    const byClause = (clause: string) => checklist?.items.filter((i) => i.citations.some((c) => c.clause === clause)).map((i) => i.party);
    expect(byClause('3-11')).toEqual(['enterprise']);
    expect(byClause('3-17')).toEqual(['school', 'teacher']);
    expect(byClause('3-10')).toEqual(['school']);
    expect(byClause('3-18')).toEqual(['enterprise', 'teacher']);
  });

  it('says the guidance lists no further obligations for an in-post company or part-time work', () => {
    const inPost = obligationsFor(knowledge, 'in-post-company', 'teacher');
    const partTime = obligationsFor(knowledge, 'part-time', 'enterprise');
    expect(inPost?.note?.text).toMatch(/only states this condition/);
    expect(clausesOf(inPost?.items ?? [])).toEqual(['3-5']);
    expect(partTime?.note?.text).toMatch(/only states this condition/);
    expect(partTime?.items[0]?.party).toBe('enterprise');
    expect(clausesOf(partTime?.items ?? [])).toEqual(['3-4', '3-4']);
  });

  it('cites only clauses that exist, with their verbatim text, in every situation', () => {
    for (const { id } of listSituations(knowledge)) {
      const checklist = obligationsFor(knowledge, id);
      for (const item of checklist?.items ?? []) {
        expect(item.citations.length).toBeGreaterThan(0);
        for (const c of item.citations) expect(knowledge.clauses.get(c.clause)?.text).toBe(c.quote);
      }
    }
  });

  it('returns undefined for a situation that does not exist', () => {
    expect(obligationsFor(knowledge, 'alien-invasion')).toBeUndefined();
  });

  it.each([
    ['we are hiring a lecturer who has left the post', 'hiring-post-leaver'],
    ['our teacher is starting a company while in post', 'in-post-company'],
    ['I want to leave my post to start a business', 'leave-post-company'],
    ['a teacher working part-time in our enterprise', 'part-time'],
    ['what is the weather like', undefined],
  ])('matches "%s" to %s', (text, situation) => {
    expect(matchSituation(knowledge, text)).toBe(situation);
  });
});
