import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_EVAL_DIR, DEFAULT_MODEL_PATH, loadServingAdvisor, OOS_INTENT } from '@cobridge/policy-knowledge/serve';
import { percentile } from './metrics.js';

/** What the full advisor does with the knowledge's evaluation set. */
export interface AdvisorFigures {
  /** In-scope questions answered with the right topic. */
  answeredRight: number;
  /** In-scope questions answered with a wrong topic. */
  answeredWrong: number;
  /** In-scope questions clarified (the right topic among the candidates or not). */
  clarified: number;
  /** In-scope questions declined. */
  declinedInScope: number;
  /** Out-of-scope questions declined. */
  oosDeclineRate: number;
  /** Loading the knowledge, model and engine in this process, ms. */
  loadMs: number;
  /** Per question: sanitising, glossary expansion, classification and decision, µs. */
  p50Us: number;
  p99Us: number;
  /** Resident memory after loading and answering the whole evaluation set, MB (the serving entry point's footprint). */
  rssMb: number;
  /** Live JavaScript heap after that and a full garbage collection (null without `--expose-gc`), MB. */
  liveHeapMb: number | null;
  /** Size of the shipped model file, bytes. */
  modelBytes: number;
}

/** Rounds of the evaluation set answered untimed before latency is measured. */
const WARM_UP_ROUNDS = 3;

/** One evaluation question with its topic (or `oos`). */
interface EvalRow {
  text: string;
  intent: string;
}

/**
 * The evaluation set parsed without the package's validators (tests validate it), so the measured process holds
 * what a serving process holds: the `serve` entry point, not zod, yaml or the trainer.
 */
function readEvalRows(): EvalRow[] {
  const lines = ['in-scope.jsonl', 'out-of-scope.jsonl'].flatMap((file) => readFileSync(join(DEFAULT_EVAL_DIR, file), 'utf8').split('\n'));
  return lines.filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as EvalRow);
}

/** Loads the advisor the way the console does (`serve` entry point) and answers every evaluation question, timing each. */
export async function evaluateAdvisor(): Promise<AdvisorFigures> {
  const started = process.hrtime.bigint();
  const { advisor } = await loadServingAdvisor();
  const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
  const rows = readEvalRows();
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const row of rows) advisor.ask(row.text);
  const latencies: number[] = [];
  const counts = { answeredRight: 0, answeredWrong: 0, clarified: 0, declinedInScope: 0, oosDeclined: 0 };
  for (const row of rows) {
    const t = process.hrtime.bigint();
    const result = advisor.ask(row.text);
    latencies.push(Number(process.hrtime.bigint() - t) / 1e3);
    if (row.intent === OOS_INTENT) counts.oosDeclined += result.kind === 'unknown' ? 1 : 0;
    else if (result.kind === 'answer') counts[result.topic.id === row.intent ? 'answeredRight' : 'answeredWrong']++;
    else counts[result.kind === 'clarify' ? 'clarified' : 'declinedInScope']++;
  }
  const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const liveHeapMb = gc === undefined ? null : Math.round((10 * process.memoryUsage().heapUsed) / 1024 / 1024) / 10;
  const inScope = rows.filter((r) => r.intent !== OOS_INTENT).length;
  const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);
  return {
    answeredRight: share(counts.answeredRight, inScope),
    answeredWrong: share(counts.answeredWrong, inScope),
    clarified: share(counts.clarified, inScope),
    declinedInScope: share(counts.declinedInScope, inScope),
    oosDeclineRate: share(counts.oosDeclined, rows.length - inScope),
    loadMs: Math.round(loadMs),
    p50Us: percentile(latencies, 0.5),
    p99Us: percentile(latencies, 0.99),
    rssMb,
    liveHeapMb,
    modelBytes: statSync(DEFAULT_MODEL_PATH).size,
  };
}
