import { describe, expect, it } from 'vitest';
import { loadAdvisor } from '../../src/index.js';
import { withoutRequestWrapper } from '../../src/understand/request-wrapper.js';

describe('roundabout requests put plainly', () => {
  it.each([
    ['do you know what the order-based mode is?', 'what is the order-based mode?'],
    ['Does anyone happen to know who pays my injury insurance?', 'who pays my injury insurance?'],
    ['can I ask what the post-leaving agreement covers?', 'what the post-leaving agreement covers?'],
    ['any chance you could explain the mass innovation mode?', 'explain the mass innovation mode?'],
    ['would you mind explaining the order class thing?', 'explain the order class thing?'],
    ['Is there any info on the teachers team mode?', 'tell me about the teachers team mode?'],
    ['can you help me understand what happens to my pension?', 'what happens to my pension?'],
    ['could you help me with my pension?', 'tell me about my pension?'],
    ['can you go a bit deeper on the legal side', 'tell me more about the legal side'],
    ['ok could you expand on the legal one?', 'tell me more about the legal one?'],
    ['elaborate a little on the order class', 'tell me more about the order class'],
  ])('"%s" → "%s"', (question, plain) => {
    expect(withoutRequestWrapper(question)).toBe(plain);
  });

  it.each([
    // Asking whether: the yes/no question stays one.
    'do you know if I can return early?',
    // Not a request at all.
    'do I know enough to start a company?',
    'what is the order-based mode?',
  ])('leaves "%s" as it is', (question) => {
    expect(withoutRequestWrapper(question)).toBe(question);
  });

  it('still refuses a request for help with a harmful act once its wrapper is taken off', async () => {
    const advisor = await loadAdvisor();
    expect(advisor.ask('could you help me with faking my leave agreement?', { audience: 'teacher' }).kind).toBe('refuse');
  });

  it('answers "do you know what … is?" with what it is, not with a "yes"', async () => {
    const advisor = await loadAdvisor();
    const result = advisor.ask('do you know what the order-based mode is?', { audience: 'teacher' });
    expect(result.kind === 'answer' && result.verdict).toBeNull();
    expect(result.kind === 'answer' && result.text).not.toMatch(/^Yes\b/);
    expect(result.kind === 'answer' && result.citations.map((c) => c.clause)).toEqual(expect.arrayContaining(['4.5-1', '4.5-2']));
  });
});
