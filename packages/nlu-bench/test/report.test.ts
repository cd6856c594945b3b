import { describe, expect, it } from 'vitest';
import type { AdvisorFigures } from '../src/advisor-eval.js';
import type { EvalResult } from '../src/evaluate.js';
import { ADVISOR_SECTION, renderAdvisorSection, renderPolicySection } from '../src/policy-report.js';
import { replaceSection } from '../src/write-report.js';

const result = (system: string, accuracy: number, oosRecall: number, p50Us: number): EvalResult => ({
  system,
  accuracy,
  macroF1: accuracy,
  oosRecall,
  trainMs: 500,
  p50Us,
  p99Us: 2 * p50Us,
  rssMb: 90,
  threshold: null,
  thresholdSource: 'trained-class',
});

const figures = (rssMb: number): AdvisorFigures => ({
  answeredRight: 0.9,
  answeredWrong: 0.03,
  clarified: 0.05,
  declinedInScope: 0.02,
  oosDeclineRate: 0.9,
  loadMs: 300,
  p50Us: 30,
  p99Us: 90,
  rssMb,
  liveHeapMb: 11,
  modelBytes: 1_500_000,
});

describe('replaceSection', () => {
  const md = '# Benchmarks\n\n## Mine\n\nold\n\n## Theirs\n\nkept\n';

  it('replaces only the named section and keeps the next one', () => {
    expect(replaceSection(md, '## Mine', '## Mine\n\nnew\n')).toBe('# Benchmarks\n\n## Mine\n\nnew\n\n## Theirs\n\nkept\n');
  });

  it('appends a section that is not there yet, and does not mistake a longer heading for it', () => {
    expect(replaceSection(md, '## Min', '## Min\n\nx\n')).toBe(`${md.trimEnd()}\n\n## Min\n\nx\n`);
  });
});

describe('policy and advisor sections', () => {
  it('marks the policy targets against NLP.js', () => {
    const text = renderPolicySection({
      cobridge: { ok: true, result: result('Cobridge', 0.9, 0.8, 10) },
      nlpjs: { ok: true, result: result('NLP.js', 0.85, 0.85, 50) },
    });
    expect(text).toContain('accuracy ≥ NLP.js met; out-of-scope decline rate ≥ NLP.js **missed**; p50 5.0× faster');
  });

  it('marks the memory target and says why a cold start is missing', () => {
    const over = renderAdvisorSection({
      figures: { ok: true, result: figures(120) },
      coldStart: { ok: false, reason: 'failed: not built' },
    });
    expect(over.startsWith(ADVISOR_SECTION)).toBe(true);
    expect(over).toContain('resident **missed** (120 MB)');
    expect(over).toContain('failed: not built');
    const under = renderAdvisorSection({ figures: { ok: true, result: figures(80) }, coldStart: { ok: true, result: 250 } });
    expect(under).toContain('resident met (80 MB)');
  });
});
