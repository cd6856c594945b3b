import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadEvalSet, OOS_INTENT } from '@cobridge/policy-knowledge';
import type { AdvisorFigures } from './advisor-eval.js';
import { measureColdStart } from './cold-start.js';
import { percentile } from './metrics.js';
import { runService } from './service-bench.js';
import type { AdvisorRun, PolicyRun } from './policy-report.js';
import { runChild, type ChildOutcome } from './run-child.js';
import { writeReport, type BenchReport, type CorpusRun } from './write-report.js';
import { SYSTEM_IDS, type SystemId } from './systems/create-system.js';
import { runChinese } from './chinese-report.js';

/** Seconds each system may take on one corpus; natural's logistic regression gets a short budget, it may never end. */
const BUDGET_S: Record<SystemId, number> = { cobridge: 300, nlpjs: 600, 'natural-bayes': 300, 'natural-lr': 60 };

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Runs every system on every corpus found, one child process at a time, and writes docs/benchmarks.{md,json}. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpora: { type: 'string' },
      docs: { type: 'string' },
      only: { type: 'string' },
      'report-only': { type: 'boolean', default: false },
      'skip-policy': { type: 'boolean', default: false },
      'service-only': { type: 'boolean', default: false },
      'chinese-only': { type: 'boolean', default: false },
    },
  });
  // dist/bench.js → the repo root is three levels up; the shared corpora sit beside it.
  const corporaDir = values.corpora ?? here('../../../../shared/corpora');
  const docsDir = values.docs ?? here('../../../docs');
  if (values['report-only']) {
    // Re-renders benchmarks.md from the raw figures of the last run, without running anything.
    writeReport(docsDir, JSON.parse(readFileSync(`${docsDir}/benchmarks.json`, 'utf8')) as BenchReport);
    return;
  }
  if (values['service-only'] || values['chinese-only']) {
    // Only the service figures (start-up, pnpm ask, reload) or the Chinese ones; the other figures of the last run are kept.
    const previous = existsSync(`${docsDir}/benchmarks.json`)
      ? (JSON.parse(readFileSync(`${docsDir}/benchmarks.json`, 'utf8')) as BenchReport)
      : { intentClassification: [] };
    writeReport(
      docsDir,
      values['chinese-only'] ? { ...previous, chinese: await runChinese() } : { ...previous, service: await runService() },
    );
    process.stdout.write(`bench: wrote ${docsDir}/benchmarks.md and benchmarks.json\n`);
    return;
  }
  const report: BenchReport = { intentClassification: existsSync(corporaDir) ? await runCorpora(corporaDir, values.only) : [] };
  if (!existsSync(corporaDir)) process.stdout.write(`bench: no corpora at ${corporaDir}; skipping them (pass --corpora <dir>)\n`);
  if (!values['skip-policy']) {
    report.policyKnowledge = await runPolicy();
    report.advisor = await runAdvisor();
    report.service = await runService();
    report.chinese = await runChinese();
  }
  writeReport(docsDir, report);
  process.stdout.write(`bench: wrote ${docsDir}/benchmarks.md and benchmarks.json\n`);
}

/** Runs every system on every corpus found in `corporaDir` (or those named in `only`). */
async function runCorpora(corporaDir: string, only: string | undefined): Promise<CorpusRun[]> {
  const corpora = readdirSync(corporaDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${corporaDir}/${d.name}/train.jsonl`) && existsSync(`${corporaDir}/${d.name}/test.jsonl`))
    .map((d) => d.name)
    .filter((name) => only === undefined || only.split(',').includes(name))
    .sort();
  const script = here('./nlu-eval.js');
  const runs: CorpusRun[] = [];
  for (const corpus of corpora) {
    const dir = `${corporaDir}/${corpus}`;
    const thresholdSetup = existsSync(`${dir}/val.jsonl`);
    const args = ['--train', `${dir}/train.jsonl`, '--test', `${dir}/test.jsonl`];
    if (thresholdSetup) args.push('--val', `${dir}/val.jsonl`, '--drop-oos-train');
    const outcomes: Partial<Record<SystemId, ChildOutcome>> = {};
    for (const id of SYSTEM_IDS) {
      process.stdout.write(`bench: ${corpus} / ${id} … `);
      const outcome = await runChild(script, [...args, '--system', id, '--json'], BUDGET_S[id]);
      outcomes[id] = outcome;
      process.stdout.write(outcome.ok ? `accuracy ${outcome.result.accuracy.toFixed(3)}\n` : `${outcome.reason}\n`);
    }
    runs.push({ corpus, thresholdSetup, outcomes });
  }
  return runs;
}

/** Runs every system on the policy knowledge, each in its own process. */
async function runPolicy(): Promise<PolicyRun> {
  const run: PolicyRun = {};
  for (const id of SYSTEM_IDS) {
    process.stdout.write(`bench: policy knowledge / ${id} … `);
    const outcome = await runChild(here('./policy-eval.js'), ['--system', id], BUDGET_S[id]);
    run[id] = outcome;
    process.stdout.write(outcome.ok ? `accuracy ${outcome.result.accuracy.toFixed(3)}\n` : `${outcome.reason}\n`);
  }
  return run;
}

/** Processes the advisor is measured in: its resident set varies by several MB with when V8 compiles and collects. */
const ADVISOR_RUNS = 3;
const ADVISOR_FLAGS = ['--expose-gc', '--max-semi-space-size=2'];

/** The first run's figures with each time and memory figure the median of all runs; the first failure if any failed. */
function medianFigures(runs: readonly ChildOutcome<AdvisorFigures>[]): ChildOutcome<AdvisorFigures> {
  const failed = runs.find((r) => !r.ok);
  if (failed || runs.length === 0) return failed ?? { ok: false, reason: 'not run' };
  const all = runs.flatMap((r) => (r.ok ? [r.result] : []));
  const mid = (pick: (f: AdvisorFigures) => number) => percentile(all.map(pick), 0.5);
  const heaps = all.flatMap((f) => (f.liveHeapMb === null ? [] : [f.liveHeapMb]));
  return {
    ok: true,
    result: {
      ...all[0]!,
      loadMs: mid((f) => f.loadMs),
      p50Us: mid((f) => f.p50Us),
      p99Us: mid((f) => f.p99Us),
      rssMb: mid((f) => f.rssMb),
      liveHeapMb: heaps.length === all.length ? percentile(heaps, 0.5) : null,
    },
  };
}

/**
 * Scores the whole advisor in processes of its own (median of ADVISOR_RUNS), then times the console's cold start on one
 * evaluation question.
 */
async function runAdvisor(): Promise<AdvisorRun> {
  process.stdout.write('bench: advisor … ');
  const runs: ChildOutcome<AdvisorFigures>[] = [];
  for (let i = 0; i < ADVISOR_RUNS; i++)
    runs.push(await runChild<AdvisorFigures>(here('./policy-eval.js'), ['--system', 'advisor'], BUDGET_S.cobridge, ADVISOR_FLAGS));
  const figures = medianFigures(runs);
  const question = (await loadEvalSet()).find((row) => row.intent !== OOS_INTENT)?.text ?? 'hello';
  const askScript = here('../../../apps/console/dist/ask.js');
  let coldStart: ChildOutcome<number>;
  try {
    coldStart = { ok: true, result: await measureColdStart([askScript, '--json'], question, 11) };
  } catch (error) {
    coldStart = { ok: false, reason: `failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  process.stdout.write(figures.ok ? `answered right ${figures.result.answeredRight.toFixed(3)}\n` : `${figures.reason}\n`);
  return { figures, coldStart };
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${String(error)}\n`);
  process.exitCode = 1;
});
