import { pickDeclineThreshold, DEFAULT_TARGET_IN_SCOPE_ACCURACY, type ScoredRow } from '@cobridge/policy-knowledge';
import { OOS, percentile, score, type Scores } from './metrics.js';
import type { CorpusRow } from './read-jsonl.js';
import type { Classified, SystemUnderTest } from './systems/system.js';

/**
 * Classifications made untimed before latency is measured, cycling through the test rows, so the JIT is warm
 * for every system even on the Braun corpora's 59–109 test rows.
 */
export const WARM_UP_CALLS = 2_000;

/** What one system scored on one corpus; the JSON object `nlu-eval --json` prints. */
export interface EvalResult extends Scores {
  system: string;
  trainMs: number;
  p50Us: number;
  p99Us: number;
  /** Peak resident memory of the process, MB. */
  rssMb: number;
  /** The `oosScore` threshold used, or null when out-of-scope is a trained class. */
  threshold: number | null;
  thresholdSource: 'trained-class' | 'val' | 'default';
}

/** Inputs of one evaluation. */
export interface EvalInput {
  train: readonly CorpusRow[];
  test: readonly CorpusRow[];
  val?: readonly CorpusRow[] | undefined;
  targetInScopeAccuracy?: number | undefined;
}

/** Classifies one utterance untimed (threshold tuning and warm-up). */
async function classify(system: SystemUnderTest, text: string): Promise<Classified> {
  const result = system.classify(text);
  return result instanceof Promise ? await result : result;
}

/** Picks the decline threshold: none when `oos` is trained, the study's rule on val when given, else the default. */
async function chooseThreshold(system: SystemUnderTest, input: EvalInput): Promise<Pick<EvalResult, 'threshold' | 'thresholdSource'>> {
  if (input.train.some((r) => r.intent === OOS)) return { threshold: null, thresholdSource: 'trained-class' };
  if (input.val === undefined) return { threshold: system.defaultThreshold, thresholdSource: 'default' };
  const scored: ScoredRow[] = [];
  for (const row of input.val) {
    const c = await classify(system, row.text);
    scored.push({ isOos: row.intent === OOS, predictedOos: c.intent === OOS, correct: c.intent === row.intent, oosScore: c.oosScore });
  }
  const target = input.targetInScopeAccuracy ?? DEFAULT_TARGET_IN_SCOPE_ACCURACY;
  return { threshold: pickDeclineThreshold(scored, target), thresholdSource: 'val' };
}

/** Trains a system, tunes its decline threshold, and scores it on the test rows with per-utterance latency. */
export async function evaluate(system: SystemUnderTest, input: EvalInput): Promise<EvalResult> {
  const started = process.hrtime.bigint();
  await system.train(input.train);
  const trainMs = Number(process.hrtime.bigint() - started) / 1e6;
  const { threshold, thresholdSource } = await chooseThreshold(system, input);
  for (let i = 0; i < WARM_UP_CALLS && input.test.length > 0; i++) await classify(system, input.test[i % input.test.length]!.text);
  const latencies: number[] = [];
  const predicted: string[] = [];
  for (const row of input.test) {
    const t = process.hrtime.bigint();
    const result = system.classify(row.text);
    // Awaited only when it is a promise: an await of a plain value would add a microtask to every timing.
    const c = result instanceof Promise ? await result : result;
    latencies.push(Number(process.hrtime.bigint() - t) / 1e3);
    const declined = c.intent === OOS || (threshold !== null && c.oosScore > threshold);
    predicted.push(declined ? OOS : c.intent);
  }
  return {
    system: system.name,
    ...score(
      input.test.map((r) => r.intent),
      predicted,
    ),
    trainMs: Math.round(trainMs),
    p50Us: percentile(latencies, 0.5),
    p99Us: percentile(latencies, 0.99),
    rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    threshold,
    thresholdSource,
  };
}
