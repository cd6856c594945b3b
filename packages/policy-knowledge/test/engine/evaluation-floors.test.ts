import { beforeAll, describe, expect, it } from 'vitest';
import { EVAL_FLOORS, evaluate, loadAdvisor, loadEvalSet, type EvaluationReport } from '../../src/index.js';

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

  it.each(Object.entries(EVAL_FLOORS))('holds %s at or above its floor', (metric, floor) => {
    expect(report[metric as keyof typeof EVAL_FLOORS]).toBeGreaterThanOrEqual(floor);
  });
});
