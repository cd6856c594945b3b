import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, loadAdvisor, loadEvalSet, type EvaluationReport } from '../../src/index.js';

// Floors set just under what the shipped knowledge reaches on the evaluation set (see docs/benchmarks.md);
// a change to the knowledge or the engine that drops below them fails the build.
const FLOORS = { accuracy: 0.86, answeredOrClarified: 0.94, oosRecall: 0.82 };

let report: EvaluationReport;
beforeAll(async () => {
  report = evaluate(await loadAdvisor(), await loadEvalSet());
});

describe('evaluation set', () => {
  it('is large enough and covers every topic', async () => {
    const advisor = await loadAdvisor();
    expect(report.inScope).toBeGreaterThanOrEqual(200);
    expect(report.outOfScope).toBeGreaterThanOrEqual(60);
    const covered = new Set(report.rows.map((r) => r.expected));
    for (const topic of advisor.topics()) expect(covered.has(topic.id), topic.id).toBe(true);
  });

  it('keeps its questions apart from the training questions', async () => {
    const advisor = await loadAdvisor();
    const training = new Set(advisor.knowledge.topics.flatMap((t) => t.questions.map((q) => q.toLowerCase())));
    const leaked = report.rows.filter((r) => training.has(r.text.toLowerCase()));
    expect(leaked).toEqual([]);
  });

  it.each(Object.entries(FLOORS))('holds %s at or above its floor', (metric, floor) => {
    expect(report[metric as keyof typeof FLOORS]).toBeGreaterThanOrEqual(floor);
  });
});
