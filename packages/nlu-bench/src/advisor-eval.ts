import { statSync } from 'node:fs';
import { DEFAULT_MODEL_PATH, loadAdvisor, loadEvalSet, OOS_INTENT } from '@cobridge/policy-knowledge';
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
  /** Resident memory after loading and answering the whole evaluation set, MB. */
  rssMb: number;
  /** Live JavaScript heap after that and a full garbage collection (null without `--expose-gc`), MB. */
  liveHeapMb: number | null;
  /** Size of the shipped model file, bytes. */
  modelBytes: number;
}

/** Rounds of the evaluation set answered untimed before latency is measured. */
const WARM_UP_ROUNDS = 3;

/** Loads the advisor the way the apps do and answers every evaluation question, timing each answer. */
export async function evaluateAdvisor(): Promise<AdvisorFigures> {
  const started = process.hrtime.bigint();
  const advisor = await loadAdvisor();
  const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
  const rows = await loadEvalSet();
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
