import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, silentLogger, type Services } from '@cobridge/advisor-runtime';
import type { AnswerResult } from '@cobridge/policy-knowledge';
import { HUGE_INPUT_LENGTH } from '@cobridge/testkit';
import { renderWithinBound } from './support/render-in-worker.js';

/**
 * A hang bound, not a speed target: catastrophic backtracking on 100 kB takes minutes, while an honest render takes
 * well under a second alone and several on a busy 2-core machine (5.8 s seen beside two other test runs).
 */
const HANG_BOUND_MS = 60_000;

let services: Services;
let base: AnswerResult;
beforeAll(async () => {
  services = await createServices({ platform: 'console', dbPath: null, logger: silentLogger });
  const advisor = services.advisor();
  base = advisor.topicAnswer(advisor.topics()[0]?.id ?? '', 'enterprise') as AnswerResult;
});
afterAll(() => services.close());

const HUGE = {
  'a single 100 kB word': 'a'.repeat(HUGE_INPUT_LENGTH),
  '100 kB of @everyone': '@everyone '.repeat(HUGE_INPUT_LENGTH / 10),
  '100 kB of short paragraphs': 'who pays?\n\n'.repeat(HUGE_INPUT_LENGTH / 11),
};

describe('rendering a 100 kB answer text', () => {
  for (const platform of ['slack', 'discord'] as const) {
    for (const [name, text] of Object.entries(HUGE)) {
      it(`${platform}: renders ${name} within ${HANG_BOUND_MS} ms (a hang bound, run in a worker)`, {
        timeout: HANG_BOUND_MS * 2,
      }, async () => {
        const result: AnswerResult = { ...base, text, citations: [{ section: '3', clause: '3-1', quote: text }], question: text };
        const outcome = await renderWithinBound(platform, result, HANG_BOUND_MS);
        console.info(`render-hang: ${platform} ${name}: ${outcome.finished ? '' : 'stopped after '}${outcome.ms.toFixed(0)} ms`);
        expect(outcome.finished, `${platform} render of ${name} did not finish within ${HANG_BOUND_MS} ms`).toBe(true);
      });
    }
  }
});
