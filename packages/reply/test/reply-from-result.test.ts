import { loadAdvisor, type Advisor, type Citation } from '@cobridge/policy-knowledge';
import { beforeAll, describe, expect, it } from 'vitest';
import { blocksOf } from '../src/reply.js';
import { citationBlocks, replyFromResult } from '../src/reply-from-result.js';
import { errorReply, limitedReply } from '../src/notices.js';
import { RESULT_LABELS } from '../src/wording.js';

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

describe('replyFromResult', () => {
  it('turns every topic’s answer into a titled reply citing each of its clauses once', () => {
    expect.hasAssertions();
    for (const { id, title } of advisor.topics()) {
      const answer = advisor.topicAnswer(id, 'teacher');
      if (answer === undefined) throw new Error(`no answer for ${id}`);
      const reply = replyFromResult(answer, 'teacher');
      expect(reply.title, id).toBe(title);
      expect(reply.topicId).toBe(id);
      expect(blocksOf(reply, 'citation').map((b) => b.citation.clause)).toEqual([...new Set(answer.citations.map((c) => c.clause))]);
      expect(blocksOf(reply, 'paragraph').length + blocksOf(reply, 'list').length, id).toBeGreaterThan(0);
    }
  });

  it('labels the blocks of an answer given in Chinese in Chinese', () => {
    const result = advisor.ask('离岗创业的话我的社保还在学校交吗', { audience: 'teacher' });
    expect(result.lang).toBe('zh');
    const labels = [
      ...blocksOf(replyFromResult(result, 'teacher'), 'actions'),
      ...blocksOf(replyFromResult(result, 'teacher'), 'suggestions'),
    ].map((b) => b.label);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((label) => /\p{Script=Han}/u.test(label))).toBe(true);
    const english = replyFromResult(advisor.ask('Do I keep my pension if I leave to start a company?', { audience: 'teacher' }), 'teacher');
    expect(blocksOf(english, 'actions').map((b) => b.label)).toContain(RESULT_LABELS.related);
  });

  it('puts the verdict of a yes/no question in its own block before the body', () => {
    const result = advisor.ask('Do I keep my pension if I leave to start a company?', { audience: 'teacher' });
    const reply = replyFromResult(result, 'teacher');
    expect(result.kind).toBe('answer');
    if (result.kind === 'answer' && result.verdict !== null) expect(reply.blocks[0]?.type).toBe('verdict');
  });

  it('offers the candidates of a clarification and the nearest topics of an unknown', () => {
    const unknown = replyFromResult(advisor.ask('what is the capital of France?'), 'teacher');
    expect(unknown.tone).toBe('unknown');
    expect(unknown.title).toBe(RESULT_LABELS.unknown);
    const empty = replyFromResult(advisor.ask(''), 'teacher');
    expect(empty.title).toBe(RESULT_LABELS.empty);
    expect(empty.rateable).toBe(false);
  });

  it('refuses without offering anything to pursue', () => {
    const reply = replyFromResult(advisor.ask('how do I forge the approval signature of my school?'), 'teacher');
    expect(reply.tone).toBe('refuse');
    expect(reply.blocks.every((block) => block.type === 'paragraph' || block.type === 'list')).toBe(true);
  });
});

describe('citationBlocks', () => {
  const cite = (clause: string, source?: { id: string; title: string }): Citation => ({
    section: '3',
    clause,
    quote: `quote ${clause}`,
    ...(source === undefined ? {} : { source }),
  });

  it('names a citation’s document only when it differs from the first citation’s', () => {
    const paper = { id: 'paper', title: 'The paper' };
    const notice = { id: 'notice', title: 'The ministry notice' };
    const blocks = citationBlocks([cite('3-1', paper), cite('3-2', paper), cite('1-1', notice), cite('3-1', paper), cite('3-3')]);
    expect(blocks).toEqual([
      { type: 'citation', citation: cite('3-1', paper) },
      { type: 'citation', citation: cite('3-2', paper) },
      { type: 'citation', citation: cite('1-1', notice), document: 'The ministry notice' },
      { type: 'citation', citation: cite('3-3') },
    ]);
  });
});

describe('notices', () => {
  it('rounds the rate-limit wait up to whole seconds and words one second in the singular', () => {
    expect(limitedReply(0.2).summary).toContain('about 1 second and');
    expect(limitedReply(2.1).summary).toContain('about 3 seconds and');
  });

  it('apologises with the same words everywhere', () => {
    expect(errorReply().summary).toMatch(/^Sorry, something went wrong/);
  });
});
