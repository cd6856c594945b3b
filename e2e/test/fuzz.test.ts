import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, silentLogger, type Services } from '@cobridge/advisor-runtime';
import type { Advisor, AdvisorResult, AnswerResult } from '@cobridge/policy-knowledge';
import { renderResult as renderSlack, toQuestion as slackQuestion } from '@cobridge/slack-bot';
import { renderResult as renderDiscord, toQuestion as discordQuestion } from '@cobridge/discord-bot';
import { HOSTILE_KINDS, SLACK_TEST_IDS, createRng, hostileInputs } from '@cobridge/testkit';
import { discordViolations, slackViolations } from './support/payload-limits.js';
import { questionViolations } from './support/sanitized-checks.js';
import { describeTimings, fuzzSeed } from './support/stats.js';

/** Inputs through the engine and both platforms' inbound and render paths. */
const ENGINE_INPUTS = 10_000;
/** Hostile knowledge texts (titles, bodies, quotes) through both renderers. */
const RENDER_INPUTS = 1_000;
/** Knowledge-sized hostile texts; 100 kB texts get their own hang test (render-hang.test.ts). */
const KNOWLEDGE_TEXT_MAX = 300;
/** Longest topic title the knowledge schema accepts. */
const TITLE_MAX = 80;
/** A hang bound, not a speed target: one input through every path must finish well within it, even on a busy machine. */
const HANG_BOUND_MS = 20_000;
const SEED = fuzzSeed();
console.info(`fuzz seed ${SEED}: replay with FUZZ_SEED=${SEED}`);

let services: Services;
let advisor: Advisor;
beforeAll(async () => {
  services = await createServices({ platform: 'console', dbPath: null, logger: silentLogger });
  advisor = services.advisor();
});
afterAll(() => services.close());

function describeFailures(failures: string[]): string {
  return `seed ${SEED}, ${failures.length} failures (replay with FUZZ_SEED=${SEED}):\n${failures.slice(0, 20).join('\n')}`;
}

/** One input through everything: raw engine for both audiences, then each platform's inbound → ask → render. */
function runEverything(text: string, index: number): string[] {
  const problems: string[] = [];
  advisor.ask(text, { audience: 'teacher' });
  advisor.ask(text, { audience: 'enterprise' });
  const sq = slackQuestion(text, SLACK_TEST_IDS.botUser);
  problems.push(...questionViolations('slack', sq.text));
  const slack = renderSlack(advisor.ask(sq.text, { audience: 'teacher' }), {
    recordId: index,
    shareable: true,
    question: sq.text,
    truncated: sq.truncated,
  });
  problems.push(...slackViolations(slack).map((p) => `slack: ${p}`));
  const dq = discordQuestion(text);
  problems.push(...questionViolations('discord', dq.text));
  const discord = renderDiscord(advisor.ask(dq.text, { audience: 'enterprise' }), 'enterprise', index);
  problems.push(...discordViolations(discord).map((p) => `discord: ${p}`));
  return problems;
}

describe(`fuzz (seed ${SEED})`, () => {
  it(`survives ${ENGINE_INPUTS} hostile inputs through the engine, both sanitisers and both renderers`, () => {
    const failures: string[] = [];
    const timings: number[] = [];
    const kinds = new Map<string, number>();
    const outcomes = new Map<string, number>();
    for (const input of hostileInputs({ seed: SEED, count: ENGINE_INPUTS })) {
      const started = performance.now();
      try {
        const problems = runEverything(input.text, input.index);
        for (const problem of problems) failures.push(`#${input.index} (${input.kind}): ${problem}`);
      } catch (error) {
        failures.push(`#${input.index} (${input.kind}) threw: ${String(error)}`);
      }
      const elapsed = performance.now() - started;
      timings.push(elapsed);
      if (elapsed > HANG_BOUND_MS) failures.push(`#${input.index} (${input.kind}) took ${elapsed.toFixed(0)} ms`);
      kinds.set(input.kind, (kinds.get(input.kind) ?? 0) + 1);
      const kind = advisor.ask(input.text).kind;
      outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
    }
    console.info(describeTimings('fuzz: one input through every path', timings));
    console.info(`fuzz: outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`);
    expect(failures, describeFailures(failures)).toEqual([]);
    expect([...kinds.keys()].sort()).toEqual([...HOSTILE_KINDS].sort());
    expect(outcomes.get('answer') ?? 0).toBeGreaterThan(0);
    // 10,000 inputs take about 20 s on a quiet 2-core machine; the bound is far above that, for a busy one.
  }, 180_000);

  it(`renders ${RENDER_INPUTS} answers whose (knowledge-sized) text is hostile within every platform limit, pinging no one`, () => {
    const rng = createRng(SEED);
    const topics = advisor.topics();
    const failures: string[] = [];
    const texts = [...hostileInputs({ seed: SEED + 1, count: RENDER_INPUTS * 2 })].map(
      (input) => `x ${input.text.slice(0, KNOWLEDGE_TEXT_MAX)}`,
    );
    const hostile = () => rng.pick(texts);
    for (let index = 0; index < RENDER_INPUTS; index += 1) {
      const base = advisor.topicAnswer(rng.pick(topics).id, rng.pick(['teacher', 'enterprise'] as const)) as AnswerResult;
      const answer: AnswerResult = {
        ...base,
        topic: { ...base.topic, title: hostile().slice(0, TITLE_MAX) },
        text: hostile(),
        // Ids, sections and clause numbers are validated by the knowledge schema; titles are capped at 80 there.
        citations: Array.from({ length: rng.between(0, 6) }, () => {
          const section = String(rng.between(1, 9));
          return { section, clause: `${section}-${rng.between(1, 40)}`, quote: hostile() };
        }),
        related: Array.from({ length: rng.between(0, 8) }, () => ({ id: rng.pick(topics).id, title: hostile().slice(0, TITLE_MAX) })),
        followUps: Array.from({ length: rng.between(0, 3) }, hostile),
        verdict: rng.pick([null, 'yes', 'no', 'partly', 'not-stated'] as const),
        parts:
          rng.between(0, 1) === 0
            ? undefined
            : Array.from({ length: rng.between(2, 3) }, () => ({
                question: hostile(),
                kind: 'answer' as const,
                intent: base.topic.id,
                verdict: rng.pick([null, 'yes', 'no', 'partly', 'not-stated'] as const),
                text: hostile(),
                citations: [],
              })),
      };
      const candidates = answer.related.map((ref) => ({ ...ref, confidence: rng.next() }));
      const results: AdvisorResult[] = [
        answer,
        {
          kind: 'clarify',
          question: hostile(),
          text: hostile(),
          candidates,
          alternatives: [],
          knowledgeVersion: base.knowledgeVersion,
          lang: 'en',
        },
        {
          kind: 'unknown',
          reason: 'low-confidence',
          question: hostile(),
          text: hostile(),
          nearest: answer.related,
          alternatives: [],
          knowledgeVersion: base.knowledgeVersion,
          lang: 'en',
        },
        {
          kind: 'refuse',
          because: hostile(),
          question: hostile(),
          text: hostile(),
          alternatives: [],
          knowledgeVersion: base.knowledgeVersion,
          lang: 'en',
        },
      ];
      for (const result of results) {
        try {
          const slack = slackViolations(renderSlack(result, { recordId: index, shareable: true, question: hostile(), truncated: true }));
          const discord = discordViolations(renderDiscord(result, 'enterprise', index));
          for (const p of [...slack.map((s) => `slack: ${s}`), ...discord.map((d) => `discord: ${d}`)])
            failures.push(`#${index} ${result.kind}: ${p}`);
        } catch (error) {
          failures.push(`#${index} ${result.kind} threw: ${String(error)}`);
        }
      }
    }
    expect(failures, describeFailures(failures)).toEqual([]);
  });
});
