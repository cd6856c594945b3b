import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EvaluationReport } from '@cobridge/policy-knowledge';

/** The scores of one `kb eval` run, kept to compare the next run with. */
export interface EvalSnapshot {
  version: string;
  at: string;
  accuracy: number;
  answeredOrClarified: number;
  oosRecall: number;
  clarifyRate: number;
  /** F1 per topic id. */
  topics: Record<string, number>;
}

/** How a score moved since the previous run. */
export type Change = 'better' | 'worse' | 'same' | 'new';

/** Scores closer than this (half a percentage point) count as the same. */
export const SAME_WITHIN = 0.005;

/** The headline scores `kb eval` compares between runs, in the order it prints them. */
export const HEADLINE_METRICS = ['accuracy', 'answeredOrClarified', 'oosRecall', 'clarifyRate'] as const;

/** The snapshot of a report, to be written after the run. */
export function snapshotOf(report: EvaluationReport, version: string, at: Date): EvalSnapshot {
  return {
    version,
    at: at.toISOString(),
    accuracy: report.accuracy,
    answeredOrClarified: report.answeredOrClarified,
    oosRecall: report.oosRecall,
    clarifyRate: report.clarifyRate,
    topics: Object.fromEntries(report.topics.map((t) => [t.intent, t.f1])),
  };
}

/** better / worse / same / new for a score now against the same score before (`lowerIsBetter` for the clarify rate). */
export function compareScore(now: number, before: number | undefined, lowerIsBetter = false): Change {
  if (before === undefined) return 'new';
  const delta = lowerIsBetter ? before - now : now - before;
  if (Math.abs(delta) < SAME_WITHIN) return 'same';
  return delta > 0 ? 'better' : 'worse';
}

/** "better (+2.1)", "worse (−3.0)", "same" or "new": the change in percentage points, as the reports print it. */
export function describeChange(now: number, before: number | undefined, lowerIsBetter = false): string {
  const change = compareScore(now, before, lowerIsBetter);
  if (change === 'same' || change === 'new' || before === undefined) return change;
  const points = (now - before) * 100;
  return `${change} (${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)})`;
}

/** The previous run's snapshot, or undefined when there was none (or it is unreadable). */
export async function readLastEval(path: string): Promise<EvalSnapshot | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as EvalSnapshot;
  } catch {
    return undefined;
  }
}

/** Keeps this run's snapshot for the next comparison. */
export async function writeLastEval(path: string, snapshot: EvalSnapshot): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(snapshot, null, 2)}\n`);
}
