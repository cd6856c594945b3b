import { describe, expect, it } from 'vitest';
import { ACTION_IDS, FEEDBACK_BLOCK_ID } from '../../src/action-ids.js';
import type { Block } from '../../src/render/block-kit.js';
import { MAX_BLOCKS } from '../../src/render/limits.js';
import { renderAnswer } from '../../src/render/render-answer.js';
import { markFeedbackRecorded } from '../../src/render/render-feedback.js';
import { renderLimited, renderResult } from '../../src/render/render-result.js';
import { answerFixture, clarifyFixture, unknownFixture } from '../fixtures/results.js';
import { blockKitViolations } from './block-kit-violations.js';

const allText = (blocks: Block[]): string => JSON.stringify(blocks);
const buttons = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).filter((e) => e.type === 'button');

describe('renderAnswer', () => {
  it('shows the verdict line in bold, and each question of a several-question message under its own heading', () => {
    const single = renderAnswer(answerFixture({ verdict: 'yes', text: 'Yes. You continue to participate in social insurance.' }));
    expect(allText(single.blocks)).toContain('*Yes.* You continue to participate in social insurance.');
    const parts: NonNullable<Parameters<typeof answerFixture>[0]>['parts'] = [
      {
        question: 'how long can I be away',
        kind: 'answer',
        intent: 'leave.three-years',
        verdict: null,
        text: 'Up to three years.',
        citations: [],
      },
      {
        question: 'do I keep my title evaluation? <!channel>',
        kind: 'answer',
        intent: 'leave.title-evaluation',
        verdict: 'yes',
        text: 'Yes. It continues.',
        citations: [],
      },
    ];
    const { blocks } = renderAnswer(answerFixture({ parts }));
    // Each heading is the part's question, capitalised and ending in "?".
    expect(allText(blocks)).toContain('*How long can I be away?* Up to three years.');
    expect(allText(blocks)).toContain('*Do I keep my title evaluation? &lt;!channel&gt;?*\\n*Yes.* It continues.');
    expect(blockKitViolations(blocks)).toEqual([]);
  });

  it('refuses plainly, with no buttons to pursue the request', () => {
    const { blocks } = renderResult({
      kind: 'refuse',
      question: 'q',
      because: 'forge documents',
      text: "I can't help with that (forge documents).",
      alternatives: [],
      knowledgeVersion: 'k',
      lang: 'en',
    });
    expect(allText(blocks)).toContain("I can't help with that (forge documents).");
    expect(buttons(blocks)).toEqual([]);
  });

  it('shows the title, the body with bullets, the cited clause and related topics', () => {
    const { text, blocks } = renderAnswer(answerFixture(), { recordId: 7 });
    expect(text).toContain('Social insurance while off post');
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Social insurance while off post' } });
    expect(allText(blocks)).toContain('• Ask your school HR');
    expect(allText(blocks)).toContain('*§3 · clause 3-10*');
    expect(buttons(blocks).map((b) => [b.action_id, b.value])).toEqual([
      ['ask_topic:0', 'leave.injury-insurance'],
      [ACTION_IDS.feedbackUp, '7'],
      [ACTION_IDS.feedbackDown, '7'],
    ]);
    expect(blockKitViolations(blocks)).toEqual([]);
  });

  it('offers no feedback without a record id, and a share button when asked', () => {
    const { blocks } = renderAnswer(answerFixture(), { recordId: null, shareable: true });
    expect(buttons(blocks).map((b) => b.action_id)).toEqual(['ask_topic:0', ACTION_IDS.share]);
  });

  it('moves a long clause behind a "Show source" button', () => {
    const { blocks } = renderAnswer(answerFixture({ citations: [{ section: '3', clause: '3-1', quote: 'word '.repeat(200) }] }));
    expect(buttons(blocks).map((b) => b.action_id)).toContain(ACTION_IDS.showSource);
    expect(blockKitViolations(blocks)).toEqual([]);
  });

  it('echoes the question as plain text and notes when it was cut', () => {
    const { blocks } = renderAnswer(answerFixture(), { question: '<!channel> *hi*', truncated: true });
    expect(blocks[0]).toEqual({ type: 'context', elements: [{ type: 'plain_text', text: 'You asked: <!channel> *hi*', emoji: false }] });
    expect(allText(blocks)).toContain('only read the beginning');
  });

  const hostile: [string, string][] = [
    ['<!channel>', 'Ping <!channel> and <!here> now'],
    ['<@U123>', 'Tell <@U123> about it'],
    ['links', 'See <http://127.0.0.1/x|click here> & more'],
    ['NUL bytes', 'a\u0000b\u0000c'],
    ['markup', '*bold* _it_ ~strike~ `code` ```block``` > quote'],
    ['100 kB', 'x'.repeat(100_000)],
    ['100 kB of ampersands', '&'.repeat(100_000)],
    ['long words and paragraphs', `${'y'.repeat(5000)}\n\n${'z '.repeat(4000)}`],
  ];
  it.each(hostile)('keeps %s inert and within limits', (_name, text) => {
    const { text: fallback, blocks } = renderAnswer(
      answerFixture({ text, topic: { id: 't.x', title: text, category: 'background' }, related: [{ id: 'a.b', title: text }] }),
      { recordId: 1, question: text },
    );
    expect(blockKitViolations(blocks)).toEqual([]);
    expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(fallback).not.toMatch(/[<>]/);
  });
});

describe('renderResult', () => {
  it('offers each clarify candidate as a button', () => {
    const { blocks } = renderResult(clarifyFixture());
    expect(buttons(blocks).map((b) => b.value)).toEqual(['leave.social-insurance', 'leave.injury-insurance']);
    expect(blockKitViolations(blocks)).toEqual([]);
  });

  it('says plainly that a question is not covered and offers the nearest topics', () => {
    const { text, blocks } = renderResult(unknownFixture());
    expect(text).toContain("I don't know");
    expect(buttons(blocks).map((b) => b.value)).toEqual(['about.source']);
    expect(blockKitViolations(blocks)).toEqual([]);
  });

  it('asks a rate-limited user to slow down, rounding the wait up', () => {
    expect(renderLimited(2.2).text).toMatch(/wait about 3 seconds/);
    expect(renderLimited(0.1).text).toMatch(/wait about 1 second /);
  });
});

describe('markFeedbackRecorded', () => {
  it('replaces only the feedback buttons with a confirmation', () => {
    const { blocks } = renderAnswer(answerFixture(), { recordId: 3 });
    const after = markFeedbackRecorded(blocks, 'down');
    expect(after).toHaveLength(blocks.length);
    expect(after.find((b) => b.block_id === FEEDBACK_BLOCK_ID)).toMatchObject({ type: 'context' });
    expect(allText(after)).toContain('👎 Thanks, your feedback was recorded.');
    expect(buttons(after).map((b) => b.action_id)).toEqual(['ask_topic:0']);
  });
});
