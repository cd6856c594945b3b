import { loadAdvisor, type Knowledge } from '@cobridge/policy-knowledge';
import { beforeAll, describe, expect, it } from 'vitest';
import { availableTools, parseToolCommand, PICK, toolRequestFromButton, TOOL_NAMES } from '../src/tool-request.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = (await loadAdvisor()).knowledge;
});

describe('/cobridge tool commands', () => {
  it.each([
    ['check', { tool: 'check' }],
    ['Check my eligibility', { tool: 'check' }],
    ['timeline 2025-09-01', { tool: 'timeline', date: '2025-09-01' }],
    ['timeline', { tool: 'timeline' }],
    [
      'modes technical support and staff training',
      { tool: 'modes', needs: ['technical-support', 'staff-training'], asked: 'technical support and staff training' },
    ],
    ['obligations we are hiring a lecturer who has left the post', { tool: 'obligations', situation: 'hiring-post-leaver' }],
    ['obligations nothing like it', { tool: 'obligations', asked: 'nothing like it' }],
    ['glossary zhicheng', { tool: 'glossary', term: 'professional-title' }],
    ['glossary', { tool: 'glossary' }],
  ])('reads "%s"', (text, request) => {
    expect(parseToolCommand(knowledge, text)).toEqual(request);
  });

  it.each(['check whether I keep my pension', 'do I keep my pension?', 'timelines are hard'])(
    'leaves the question "%s" to the advisor',
    (text) => {
      expect(parseToolCommand(knowledge, text)).toBeUndefined();
    },
  );

  it('turns button values back into requests, "pick" meaning the picker', () => {
    expect(toolRequestFromButton('modes', 'technical-support,staff-training')).toEqual({
      tool: 'modes',
      needs: ['technical-support', 'staff-training'],
    });
    expect(toolRequestFromButton('obligations', PICK)).toEqual({ tool: 'obligations' });
    expect(toolRequestFromButton('timeline', '')).toEqual({ tool: 'timeline' });
  });

  it('offers every tool with the shipped knowledge', () => {
    expect(availableTools(knowledge)).toEqual([...TOOL_NAMES]);
  });
});
