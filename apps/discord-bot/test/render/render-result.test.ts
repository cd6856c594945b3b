import { describe, expect, it } from 'vitest';
import type { AnswerResult, ClarifyResult, UnknownResult } from '@cobridge/policy-knowledge';
import { renderOutcome, renderResult } from '../../src/render/render-result.js';
import { expectWithinDiscordLimits } from '../expect-within-discord-limits.js';

const HOSTILE = `@everyone @here <@123> <@&456> **bold** \`tick\` \u0000 ${'z'.repeat(10_000)}`;
const base = { question: HOSTILE, alternatives: [], knowledgeVersion: 'k-test', lang: 'en' as const };

const answer: AnswerResult = {
  ...base,
  kind: 'answer',
  text: `Your enterprise pays. ${HOSTILE}\n\n- a bullet @everyone`,
  topic: { id: 'leave.injury-insurance', title: `Injury ${HOSTILE}`, category: 'obligations' },
  confidence: 0.9,
  citations: [{ section: '3', clause: '3-11', quote: `the enterprises should pay ${HOSTILE}` }],
  related: Array.from({ length: 9 }, (_, i) => ({ id: `topic.n${i}`, title: `Related ${i} ${HOSTILE}` })),
  followUps: ['What about <@&456>?'],
  verdict: null,
  facts: [],
};

function allText(reply: ReturnType<typeof renderResult>): string {
  return JSON.stringify(reply.embeds);
}

describe('renderResult', () => {
  it('shows each question of a several-question message with its verdict line', () => {
    const parts: AnswerResult['parts'] = [
      {
        question: 'how long can I be away',
        kind: 'answer',
        intent: 'leave.three-years',
        verdict: null,
        text: 'Up to three years.',
        citations: [],
      },
      {
        question: 'do I keep my title evaluation? @everyone',
        kind: 'answer',
        intent: 'leave.title-evaluation',
        verdict: 'yes',
        text: 'Yes. It continues.',
        citations: [],
      },
    ];
    const reply = renderResult({ ...answer, verdict: null, parts }, 'teacher', null);
    expectWithinDiscordLimits(reply);
    const description = reply.embeds[0]?.description ?? '';
    // Each heading is the part's question, capitalised and ending in "?".
    expect(description).toMatch(/\*\*How long can I be away\?\*\* Up to three years\./);
    expect(description).toMatch(/\*\*Do I keep my title evaluation\? @\u200beveryone\?\*\*\n\*\*Yes\.\*\* It continues\./);
  });

  it('refuses plainly, with no buttons', () => {
    const reply = renderResult(
      { ...base, kind: 'refuse', because: 'forge documents', text: "I can't help with that (forge documents)." },
      'enterprise',
      null,
    );
    expect(reply.embeds[0]?.title).toBe("Cobridge can't help with that");
    expect(reply.components).toEqual([]);
  });

  it('shows the answer, its clause and buttons within Discord limits, with no live mention', () => {
    const reply = renderResult(answer, 'enterprise', 7);
    expectWithinDiscordLimits(reply);
    const [embed] = reply.embeds;
    expect(embed?.description).toContain('Your enterprise pays.');
    expect(embed?.fields?.[0]?.name).toBe('Source: clause 3-11 (section 3)');
    expect(embed?.fields?.[0]?.value.startsWith('> the enterprises should pay')).toBe(true);
    for (const mention of ['@everyone', '@here', '<@123>', '<@&456>', '\u0000**bold**']) expect(allText(reply)).not.toContain(mention);
    const ids = reply.components.flatMap((row) => row.components.map((c) => ('custom_id' in c ? c.custom_id : '')));
    expect(ids).toContain('topic:e:topic.n0');
    expect(ids.slice(-2)).toEqual(['vote:up:7', 'vote:down:7']);
  });

  it('offers no vote buttons when the question was not logged', () => {
    const ids = renderResult(answer, 'teacher', null).components.flatMap((row) =>
      row.components.map((c) => ('custom_id' in c ? c.custom_id : '')),
    );
    expect(ids.some((id) => id.startsWith('vote:'))).toBe(false);
    expect(ids[0]).toBe('topic:t:topic.n0');
  });

  it('asks which topic was meant with one button per candidate', () => {
    const clarify: ClarifyResult = {
      ...base,
      kind: 'clarify',
      text: 'Did you mean one of these?',
      candidates: [
        { id: 'a.one', title: 'One', confidence: 0.4 },
        { id: 'a.two', title: 'Two', confidence: 0.39 },
      ],
    };
    const reply = renderResult(clarify, 'enterprise', null);
    expect(reply.embeds[0]?.title).toBe('Which of these did you mean?');
    expect(reply.components[0]?.components).toHaveLength(2);
  });

  it('says plainly when the guidance does not cover a question, with the nearest topics as buttons', () => {
    const unknown: UnknownResult = {
      ...base,
      kind: 'unknown',
      reason: 'out-of-scope',
      text: "I don't know.",
      nearest: [{ id: 'a.one', title: 'One' }],
    };
    const reply = renderResult(unknown, 'enterprise', 3);
    expect(reply.embeds[0]?.title).toBe('Not covered by the guidance');
    expect(reply.components[0]?.components[0]).toMatchObject({ custom_id: 'topic:e:a.one', label: 'One' });
  });

  it('shows a rate-limit notice only to the asker', () => {
    const reply = renderOutcome({ kind: 'limited', retryAfterSeconds: 12, notify: true }, 'enterprise');
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds[0]?.description).toContain('12 s');
  });
});
