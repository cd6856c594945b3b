import { beforeAll, describe, expect, it } from 'vitest';
import { findModes, listNeeds, matchNeeds, type Knowledge } from '../../src/index.js';
import { shippedKnowledge } from './shipped-knowledge.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await shippedKnowledge();
});

const SECTION_4_MODES = /^4\.[1-6]-\d+$/;

describe('the mode finder', () => {
  it('lists the six needs of clause 2-2 in the paper order', () => {
    expect(listNeeds(knowledge).map((n) => n.id)).toEqual([
      'stable-employment',
      'technical-support',
      'staff-training',
      'advanced-technology',
      'cooperative-rd',
      'social-reputation',
    ]);
  });

  it('maps every need to a mode, or says plainly that the paper links it to none', () => {
    for (const need of listNeeds(knowledge)) {
      const result = findModes(knowledge, [need.id]);
      if (need.id === 'social-reputation') {
        expect(result.modes).toEqual([]);
        expect(result.unlinked[0]?.text).toMatch(/does not link it to any particular cooperation mode/);
        expect(result.unlinked[0]?.citations.map((c) => c.clause)).toEqual(['2-2']);
      } else {
        expect(result.modes.length).toBeGreaterThan(0);
      }
      expect(result.citations.map((c) => c.clause)).toEqual(['2-2']);
    }
  });

  it('cites section 4 clauses for every mode and names only modes topics', () => {
    const result = findModes(
      knowledge,
      listNeeds(knowledge).map((n) => n.id),
    );
    for (const { mode, reasons } of result.modes) {
      expect(knowledge.topicById.get(mode.id)?.category).toBe('modes');
      for (const reason of reasons) {
        expect(reason.why.length).toBeGreaterThan(0);
        expect(reason.citations.length).toBeGreaterThan(0);
        expect(reason.citations.every((c) => SECTION_4_MODES.test(c.clause))).toBe(true);
      }
    }
  });

  it('ranks modes serving more of the chosen needs first', () => {
    const result = findModes(knowledge, ['technical-support', 'staff-training', 'advanced-technology']);
    expect(result.modes[0]?.mode.id).toBe('modes.teachers-team');
    expect(result.modes[0]?.reasons.map((r) => r.need.id)).toEqual(['technical-support', 'staff-training', 'advanced-technology']);
  });

  it('reports unknown need ids instead of dropping them silently', () => {
    const result = findModes(knowledge, ['stable-employment', 'free-lunch']);
    expect(result.unknownNeeds).toEqual(['free-lunch']);
    expect(result.modes[0]?.mode.id).toBe('modes.order-based');
  });

  it.each([
    ['we need a steady pipeline of graduates', ['stable-employment']],
    ['Looking for joint R&D and some technical support', ['cooperative-rd', 'technical-support']],
    ['we want to upskill our staff and bring in new technology', ['staff-training', 'advanced-technology']],
    ['our brand reputation matters', ['social-reputation']],
    ['what is the weather like', []],
  ])('picks needs out of "%s"', (text, needs) => {
    expect(matchNeeds(knowledge, text)).toEqual(needs);
  });
});
