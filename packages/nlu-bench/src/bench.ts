import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runChild, type ChildOutcome } from './run-child.js';
import { writeReport, type CorpusRun } from './write-report.js';
import { SYSTEM_IDS, type SystemId } from './systems/create-system.js';

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
    },
  });
  // dist/bench.js → the repo root is three levels up; the shared corpora sit beside it.
  const corporaDir = values.corpora ?? here('../../../../shared/corpora');
  const docsDir = values.docs ?? here('../../../docs');
  if (values['report-only']) {
    // Re-renders benchmarks.md from the raw figures of the last run, without running anything.
    const raw = JSON.parse(readFileSync(`${docsDir}/benchmarks.json`, 'utf8')) as { intentClassification: CorpusRun[] };
    writeReport(docsDir, raw.intentClassification);
    return;
  }
  if (!existsSync(corporaDir)) {
    process.stdout.write(`bench: no corpora at ${corporaDir}; skipping (pass --corpora <dir>)\n`);
    return;
  }
  const corpora = readdirSync(corporaDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${corporaDir}/${d.name}/train.jsonl`) && existsSync(`${corporaDir}/${d.name}/test.jsonl`))
    .map((d) => d.name)
    .filter((name) => values.only === undefined || values.only.split(',').includes(name))
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
      const outcome = await runChild(script, [...args, '--system', id], BUDGET_S[id]);
      outcomes[id] = outcome;
      process.stdout.write(outcome.ok ? `accuracy ${outcome.result.accuracy.toFixed(3)}\n` : `${outcome.reason}\n`);
    }
    runs.push({ corpus, thresholdSetup, outcomes });
  }
  writeReport(docsDir, runs);
  process.stdout.write(`bench: wrote ${docsDir}/benchmarks.md and benchmarks.json\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${String(error)}\n`);
  process.exitCode = 1;
});
