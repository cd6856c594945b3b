import { parseArgs } from 'node:util';
import { evaluate, type EvalResult } from './evaluate.js';
import { OOS } from './metrics.js';
import { CorpusError, readJsonl } from './read-jsonl.js';
import { createSystem, SYSTEM_IDS, type SystemId } from './systems/create-system.js';

const USAGE = `usage: nlu-eval --train <train.jsonl> --test <test.jsonl> [--val <val.jsonl>] [--json]
       [--system ${SYSTEM_IDS.join('|')}] [--drop-oos-train] [--target <in-scope accuracy>]`;

/** A readable one-screen summary of a result. */
function summary(r: EvalResult): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  const lines = [
    `${r.system}`,
    `  accuracy (in-scope)  ${pct(r.accuracy)}`,
    `  macro-F1             ${pct(r.macroF1)}`,
    ...(r.oosRecall === undefined ? [] : [`  oos recall           ${pct(r.oosRecall)}`]),
    `  decline threshold    ${r.threshold === null ? 'none (oos is a trained class)' : `${r.threshold.toFixed(3)} (${r.thresholdSource})`}`,
    `  training             ${(r.trainMs / 1000).toFixed(1)} s`,
    `  latency p50 / p99    ${r.p50Us.toFixed(1)} / ${r.p99Us.toFixed(1)} µs per utterance`,
    `  peak memory          ${r.rssMb} MB`,
  ];
  return lines.join('\n');
}

/** Runs the command: trains on --train, scores on --test, prints one JSON object or a summary. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      train: { type: 'string' },
      test: { type: 'string' },
      val: { type: 'string' },
      json: { type: 'boolean', default: false },
      system: { type: 'string', default: 'cobridge' },
      'drop-oos-train': { type: 'boolean', default: false },
      target: { type: 'string' },
    },
  });
  if (values.train === undefined || values.test === undefined) throw new CorpusError(USAGE);
  if (!(SYSTEM_IDS as readonly string[]).includes(values.system)) throw new CorpusError(`unknown --system ${values.system}\n${USAGE}`);
  const target = values.target === undefined ? undefined : Number(values.target);
  if (target !== undefined && !(target >= 0 && target <= 1)) throw new CorpusError(`--target must be between 0 and 1\n${USAGE}`);
  let train = readJsonl(values.train);
  if (values['drop-oos-train']) train = train.filter((r) => r.intent !== OOS);
  const test = readJsonl(values.test);
  const val = values.val === undefined ? undefined : readJsonl(values.val);
  const system = await createSystem(values.system as SystemId);
  const result = await evaluate(system, { train, test, val, targetInScopeAccuracy: target });
  process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${summary(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`nlu-eval: ${error instanceof CorpusError ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
