import { beforeAll, describe, expect, it } from 'vitest';
import { loadAdvisor, type Advisor } from '@cobridge/policy-knowledge';
import { ConversationMemory } from '../src/index.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

describe('conversation memory', () => {
  it('keeps the facts of the last three answers before the latest, newest first', () => {
    const memory = new ConversationMemory();
    const questions = [
      'do I keep my pension if I leave to start a company?',
      'who pays my injury insurance while I am on leave?',
      'how long can I be away?',
      'can I come back early?',
      'does my title evaluation continue?',
    ];
    const facts = questions.map((q) => {
      const result = advisor.ask(q, { audience: 'teacher' });
      memory.remember('c', q, result);
      return result.kind === 'answer' ? result.facts : [];
    });
    const recalled = memory.recall('c');
    expect(recalled?.facts).toEqual(facts[4]);
    expect(recalled?.earlierFacts).toEqual([facts[3], facts[2], facts[1]]);
  });

  it('starts each conversation without earlier facts', () => {
    const memory = new ConversationMemory();
    memory.remember('a', 'can I come back early?', advisor.ask('can I come back early?', { audience: 'teacher' }));
    memory.remember('b', 'how long can I be away?', advisor.ask('how long can I be away?', { audience: 'teacher' }));
    expect(memory.recall('b')?.earlierFacts).toEqual([]);
  });
});
