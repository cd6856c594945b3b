import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAdvisor, type Advisor } from '@cobridge/policy-knowledge';
import { evaluateBlindSet, loadBlindSet, type BlindReport } from '../src/index.js';

// The Chinese dev set: questions written for development, never trained on; the blind Chinese set is scored by `kb eval --blind`.
const DEV_SET = fileURLToPath(new URL('./fixtures/zh-dev.jsonl', import.meta.url));

let advisor: Advisor;
let report: BlindReport;
beforeAll(async () => {
  advisor = await loadAdvisor();
  report = evaluateBlindSet(advisor, await loadBlindSet(DEV_SET, ''));
});

describe('the Chinese dev set', () => {
  it('answers every Chinese question in Chinese', () => {
    expect(report.language.checked).toBe(report.items);
    expect(report.language.right).toBe(report.items);
  });

  it('answers at least 85% of the dev questions right', () => {
    expect(report.right / report.items, report.misses.map((m) => `${m.id} ${m.question}: ${m.why}`).join('\n')).toBeGreaterThanOrEqual(
      0.85,
    );
  });

  it('declines at least 90% of the out-of-scope dev questions', () => {
    const outOfScope = report.byCategory.find((c) => c.category === 'out-of-scope')!;
    expect(outOfScope.right / outOfScope.items).toBeGreaterThanOrEqual(0.9);
  });
});
