import { beforeAll, describe, expect, it } from 'vitest';
import { loadAdvisor, type Advisor } from '@cobridge/policy-knowledge';
import { ConversationMemory, looksLikeFollowUp, resolveQuestion } from '../src/index.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

describe('Chinese follow-ups', () => {
  it.each([
    ['那工伤险呢？', true],
    ['如果提前回来呢', true],
    ['离岗创业期间社保怎么办？', false],
  ])('reads "%s" as a follow-up: %s', (question, followUp) => {
    expect(looksLikeFollowUp(question)).toBe(followUp);
  });

  it('answers a Chinese follow-up in the light of the previous question, in Chinese', () => {
    const memory = new ConversationMemory();
    const ask = (text: string) => resolveQuestion(advisor, memory, { text, audience: 'teacher', conversationId: 'zh-1' });
    const first = ask('离岗创业期间社保怎么办？');
    expect(first).toMatchObject({ kind: 'answer', lang: 'zh', topic: { id: 'leave.social-insurance' } });
    const next = ask('那工伤险呢？');
    expect(next).toMatchObject({ kind: 'answer', lang: 'zh' });
    expect(next.kind === 'answer' && next.citations.map((c) => c.clause)).toContain('3-11');
  });
});
