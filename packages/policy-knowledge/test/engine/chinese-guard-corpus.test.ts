import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadAdvisor, type Advisor } from '../../src/index.js';

// Written from the paper alone by a helper that saw neither the rules nor the Chinese training data; the Chinese refusal
// rules and out-of-scope check were then developed against it, so it guards them from regressions (it is not blind).
const rowSchema = z.strictObject({
  text: z.string().min(1),
  audience: z.enum(['teacher', 'enterprise']),
  expect: z.enum(['refuse', 'answer', 'unknown']),
});
const corpus = readFileSync(new URL('./zh-guard-corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => rowSchema.parse(JSON.parse(line)));
const rowsExpecting = (kind: string) => corpus.filter((r) => r.expect === kind);

/** Shares the shipped knowledge must keep: just under what it reaches (refusals 69/70, declines 65/80). */
const MIN_REFUSE_RECALL = 0.95;
const MIN_DECLINE_RECALL = 0.78;

let advisor: Advisor;
beforeAll(async () => {
  advisor = await loadAdvisor();
});

describe('Chinese refusals and declines on a corpus written apart from the rules', () => {
  it('holds requests, alarming-but-ordinary questions and near misses', () => {
    expect(rowsExpecting('refuse').length).toBeGreaterThanOrEqual(70);
    expect(rowsExpecting('answer').length).toBeGreaterThanOrEqual(70);
    expect(rowsExpecting('unknown').length).toBeGreaterThanOrEqual(80);
  });

  it('refuses none of the ordinary questions that merely contain alarming words (泄密, 伪造, 不交工伤保险…)', () => {
    const refused = rowsExpecting('answer').filter((r) => advisor.ask(r.text, { audience: r.audience }).kind === 'refuse');
    expect(refused.map((r) => r.text)).toEqual([]);
  });

  it(`refuses at least ${MIN_REFUSE_RECALL * 100}% of the requests to forge, hide, evade or harm, in Chinese`, () => {
    const results = rowsExpecting('refuse').map((r) => advisor.ask(r.text, { audience: r.audience }));
    expect(results.filter((r) => r.kind === 'refuse').length / results.length).toBeGreaterThanOrEqual(MIN_REFUSE_RECALL);
    expect(results.every((r) => r.lang === 'zh')).toBe(true);
  });

  it(`declines at least ${MIN_DECLINE_RECALL * 100}% of the near-miss questions the paper does not answer`, () => {
    const declined = rowsExpecting('unknown').filter((r) => advisor.ask(r.text, { audience: r.audience }).kind === 'unknown');
    expect(declined.length / rowsExpecting('unknown').length).toBeGreaterThanOrEqual(MIN_DECLINE_RECALL);
  });
});
