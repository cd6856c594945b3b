import { EVAL_FLOORS, type EvaluationReport } from '@cobridge/policy-knowledge';
import { percent } from './format.js';

const FLOOR_LABELS: Record<keyof typeof EVAL_FLOORS, string> = {
  accuracy: 'accuracy',
  answeredOrClarified: 'answered or clarified',
  oosRecall: 'out-of-scope recall',
};

/** One metric compared with its floor. */
export interface FloorCheck {
  label: string;
  value: number;
  floor: number;
  passed: boolean;
}

/** Compares the report's metrics with {@link EVAL_FLOORS}. */
export function checkFloors(report: EvaluationReport): FloorCheck[] {
  return (Object.keys(EVAL_FLOORS) as (keyof typeof EVAL_FLOORS)[]).map((metric) => ({
    label: FLOOR_LABELS[metric],
    value: report[metric],
    floor: EVAL_FLOORS[metric],
    passed: report[metric] >= EVAL_FLOORS[metric],
  }));
}

/** One line per floor: `ok` or `BELOW`, the value and the floor. */
export function formatFloorChecks(checks: readonly FloorCheck[]): string {
  return checks.map((c) => `  ${c.passed ? 'ok   ' : 'BELOW'}  ${c.label} ${percent(c.value)} (floor ${percent(c.floor)})`).join('\n');
}
