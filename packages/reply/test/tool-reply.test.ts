import { listGlossary, listNeeds, listSituations, loadAdvisor, type Knowledge } from '@cobridge/policy-knowledge';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocksOf } from '../src/reply.js';
import { replyFromTool } from '../src/tool-reply.js';
import { GLOSSARY_WORDING, MODES_WORDING, OBLIGATIONS_WORDING, TIMELINE_WORDING } from '../src/tool-wording.js';
import { runTool } from '../src/tools.js';
import { FEATURE_OFF, PARTY_LABELS } from '../src/wording.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = (await loadAdvisor()).knowledge;
});

const clausesOf = (citations: readonly { clause: string }[]) => citations.map((c) => c.clause);

describe('replyFromTool', () => {
  it('gives the timeline a title, the retention end and each event as named items citing their clauses', () => {
    const outcome = runTool(knowledge, { tool: 'timeline', date: '2025-09-01' }, 'teacher', 'en');
    if (outcome.kind !== 'timeline' || outcome.timeline.kind !== 'timeline') throw new Error(outcome.kind);
    const reply = replyFromTool(outcome, 'teacher', 'en');
    expect(reply).toMatchObject({ tone: 'answer', title: TIMELINE_WORDING.title('2025-09-01'), rateable: false });
    const items = blocksOf(reply, 'fields').flatMap((block) => block.items);
    expect(items[0]).toMatchObject({ name: 'Retained up to 2028-09-01', text: outcome.timeline.text });
    expect(items.map((item) => item.name)).toContain('Before 2028-09-01: Return early');
    expect(items.at(-1)?.name).toBe(TIMELINE_WORDING.silent);
    for (const event of outcome.timeline.before) {
      const item = items.find((i) => i.name.endsWith(event.title));
      expect(clausesOf(item?.citations ?? [])).toEqual(clausesOf(event.citations));
    }
  });

  it('says why a date cannot be used, privately, and asks for another', () => {
    const reply = replyFromTool(runTool(knowledge, { tool: 'timeline', date: '2025-02-30' }, 'teacher', 'en'), 'teacher', 'en');
    expect(reply.tone).toBe('notice');
    expect(blocksOf(reply, 'paragraph')[0]?.text).toBe('2025-02-30 is not a real date: February 2025 has 28 days.');
    expect(blocksOf(reply, 'picker')).toEqual([{ type: 'picker', pick: 'date', label: TIMELINE_WORDING.askDate, options: [] }]);
  });

  it('names each mode with why it serves each need, says which needs no mode serves, and offers to read each mode', () => {
    const all = listNeeds(knowledge).map((need) => need.id);
    const outcome = runTool(knowledge, { tool: 'modes', needs: all }, 'enterprise', 'en');
    if (outcome.kind !== 'modes') throw new Error(outcome.kind);
    const reply = replyFromTool(outcome, 'enterprise', 'en');
    expect(reply.title).toBe(MODES_WORDING.title);
    const items = blocksOf(reply, 'fields').flatMap((block) => block.items);
    expect(items.map((item) => item.name)).toEqual([
      ...outcome.result.modes.map((m) => m.mode.title),
      ...outcome.result.unlinked.map((u) => MODES_WORDING.noModeFor(u.need.label)),
    ]);
    expect(blocksOf(reply, 'actions')[0]?.topics).toEqual(outcome.result.modes.map((m) => m.mode));
  });

  it('lists a checklist’s duties by party in the order given, each with its clauses', () => {
    expect.hasAssertions();
    for (const { id } of listSituations(knowledge)) {
      const outcome = runTool(knowledge, { tool: 'obligations', situation: id }, 'enterprise', 'en');
      if (outcome.kind !== 'checklist') throw new Error(outcome.kind);
      const reply = replyFromTool(outcome, 'enterprise', 'en');
      expect(reply.title).toBe(outcome.checklist.situation.title);
      expect(blocksOf(reply, 'paragraph')[0]?.text).toBe(OBLIGATIONS_WORDING.lead);
      const items = blocksOf(reply, 'fields').flatMap((block) => block.items);
      expect(items.slice(0, outcome.checklist.items.length).map((i) => i.name)).toEqual(
        outcome.checklist.items.map((i) => PARTY_LABELS[i.party]),
      );
    }
  });

  it('quotes a term’s clauses and lists the whole glossary with a picker over every term', () => {
    const term = listGlossary(knowledge)[0];
    const one = replyFromTool(runTool(knowledge, { tool: 'glossary', term: term?.id ?? '' }, 'teacher', 'en'), 'teacher', 'en');
    expect(one.title).toBe(term?.term);
    expect(clausesOf(blocksOf(one, 'citation').map((b) => b.citation))).toEqual([...new Set(clausesOf(term?.citations ?? []))]);
    const all = replyFromTool(runTool(knowledge, { tool: 'glossary' }, 'teacher', 'en'), 'teacher', 'en');
    expect(all.title).toBe(GLOSSARY_WORDING.title);
    expect(blocksOf(all, 'picker')[0]?.options.map((o) => o.id)).toEqual(listGlossary(knowledge).map((t) => t.id));
  });

  it('turns every picker outcome into a question with its options, echoing what matched nothing', () => {
    const needs = replyFromTool(runTool(knowledge, { tool: 'modes', needs: [], asked: 'bananas' }, 'enterprise', 'en'), 'enterprise', 'en');
    expect(needs.tone).toBe('clarify');
    expect(blocksOf(needs, 'paragraph')[0]?.text).toBe(MODES_WORDING.notMatched('bananas'));
    expect(blocksOf(needs, 'picker')[0]).toMatchObject({ pick: 'need', label: MODES_WORDING.pickNeeds });
    const situations = replyFromTool(runTool(knowledge, { tool: 'obligations' }, 'teacher', 'en'), 'teacher', 'en');
    expect(blocksOf(situations, 'paragraph')).toEqual([]);
    expect(blocksOf(situations, 'picker')[0]?.options).toHaveLength(listSituations(knowledge).length);
    const miss = replyFromTool(runTool(knowledge, { tool: 'glossary', asked: 'flux capacitor' }, 'teacher', 'en'), 'teacher', 'en');
    expect(blocksOf(miss, 'paragraph')[0]?.text).toBe(GLOSSARY_WORDING.notFound('flux capacitor'));
    expect(replyFromTool({ kind: 'timeline-picker' }, 'teacher', 'en').title).toBe(TIMELINE_WORDING.askDate);
  });

  it('says a tool is off when its data file is missing', () => {
    expect(replyFromTool({ kind: 'feature-off' }, 'teacher', 'en')).toMatchObject({ tone: 'notice', summary: FEATURE_OFF });
  });
});
