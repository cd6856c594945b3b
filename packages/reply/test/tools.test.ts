import { listGlossary, listNeeds, listSituations, loadAdvisor, type Knowledge } from '@cobridge/policy-knowledge';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTool } from '../src/tools.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = (await loadAdvisor()).knowledge;
});

describe('runTool', () => {
  it('shows the timeline from a date and the date picker without one', () => {
    expect(runTool(knowledge, { tool: 'timeline', date: '2025-09-01' }, 'teacher', 'en').kind).toBe('timeline');
    expect(runTool(knowledge, { tool: 'timeline' }, 'teacher', 'en').kind).toBe('timeline-picker');
  });

  it('finds modes for known needs and falls back to the needs picker, echoing what matched nothing', () => {
    const need = listNeeds(knowledge)[0]?.id ?? '';
    expect(runTool(knowledge, { tool: 'modes', needs: [need] }, 'enterprise', 'en').kind).toBe('modes');
    expect(runTool(knowledge, { tool: 'modes', needs: [], asked: 'zzz' }, 'enterprise', 'en')).toMatchObject({
      kind: 'needs-picker',
      asked: 'zzz',
    });
  });

  it('puts the audience’s own party first in a checklist and offers the situations for an unknown one', () => {
    const situation = listSituations(knowledge)[0]?.id ?? '';
    const outcome = runTool(knowledge, { tool: 'obligations', situation }, 'enterprise', 'en');
    expect(outcome.kind).toBe('checklist');
    if (outcome.kind === 'checklist') expect(outcome.checklist.items[0]?.party).toBe('enterprise');
    expect(runTool(knowledge, { tool: 'obligations', situation: 'nope' }, 'teacher', 'en').kind).toBe('situation-picker');
  });

  it('finds a glossary term by id or by any of its words, lists all without one, and says when none matched', () => {
    const term = listGlossary(knowledge)[0];
    expect(runTool(knowledge, { tool: 'glossary', term: term?.id ?? '' }, 'teacher', 'en')).toMatchObject({
      kind: 'term',
      term: { id: term?.id },
    });
    expect(runTool(knowledge, { tool: 'glossary', asked: 'bianzhi' }, 'teacher', 'en').kind).toBe('term');
    expect(runTool(knowledge, { tool: 'glossary' }, 'teacher', 'en').kind).toBe('glossary');
    expect(runTool(knowledge, { tool: 'glossary', asked: 'qwertyuiop' }, 'teacher', 'en')).toMatchObject({
      kind: 'term-miss',
      asked: 'qwertyuiop',
    });
  });
});
