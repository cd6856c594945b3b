import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadEvalSet, OOS_INTENT } from '@cobridge/policy-knowledge';
import { measureColdStart, measureWallTime } from './cold-start.js';
import type { ReloadDelay } from './reload-delay.js';
import { tableRow } from './table-row.js';
import { runChild, type ChildOutcome } from './run-child.js';

/** What running Cobridge as a service costs: start-up, a one-shot `pnpm ask`, and a reload's effect on the loop. */
export interface ServiceRun {
  /** `node apps/server/dist/main.js ask --json`: process start → first answer line, median of 7, ms. */
  coldStartMs: ChildOutcome<number>;
  /** `pnpm ask "question"` (pnpm, the build check, the answer), wall time to exit, median of 5, ms. */
  pnpmAskMs: ChildOutcome<number>;
  reload: ChildOutcome<ReloadDelay>;
  /** The machine's 1-minute load average and core count when the run started: these figures are wall times. */
  machine?: { loadAverage: number; cores: number };
}

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

async function outcome<T>(measure: () => Promise<T>): Promise<ChildOutcome<T>> {
  try {
    return { ok: true, result: await measure() };
  } catch (error) {
    return { ok: false, reason: `failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Measures the service figures; `pnpm ask` only when this bench was started by pnpm (npm_execpath names it). */
export async function runService(): Promise<ServiceRun> {
  const question = (await loadEvalSet()).find((row) => row.intent !== OOS_INTENT)?.text ?? 'hello';
  const root = here('../../../');
  const machine = { loadAverage: Math.round(loadavg()[0]! * 100) / 100, cores: availableParallelism() };
  process.stdout.write('bench: service cold start … ');
  const coldStartMs = await outcome(() => measureColdStart([here('../../../apps/server/dist/main.js'), 'ask', '--json'], question, 11));
  process.stdout.write(coldStartMs.ok ? `${coldStartMs.result.toFixed(0)} ms\n` : `${coldStartMs.reason}\n`);
  const pnpm = process.env.npm_execpath;
  const pnpmAskMs: ChildOutcome<number> =
    pnpm && /pnpm/.test(pnpm)
      ? await outcome(() =>
          /\.[cm]?js$/.test(pnpm)
            ? measureWallTime(process.execPath, [pnpm, 'ask', question], root)
            : measureWallTime(pnpm, ['ask', question], root),
        )
      : { ok: false, reason: 'not measured: run the bench through pnpm' };
  process.stdout.write('bench: knowledge reload … ');
  const reload = await runChild<ReloadDelay>(here('./reload-delay.js'), [], 300);
  process.stdout.write(reload.ok ? `p99 event-loop delay ${reload.result.p99Ms} ms\n` : `${reload.reason}\n`);
  return { coldStartMs, pnpmAskMs, reload, machine };
}

/** The "Service" section of docs/benchmarks.md. */
export function renderServiceSection(run: ServiceRun): string {
  const ms = (o: ChildOutcome<number>) => (o.ok ? `${o.result.toFixed(0)} ms` : o.reason);
  const mark = (ok: boolean) => (ok ? 'met' : '**missed**');
  const r = run.reload.ok ? run.reload.result : undefined;
  const lines = [
    '## Service',
    '',
    'Start-up and reloads as an operator meets them. Cold start: `node apps/server/dist/main.js ask --json` spawned',
    'with one question on stdin, process start → first answer line, median of 11 (no build step, the compiled last good',
    'knowledge is loaded without parsing the YAML). `pnpm ask`: the one-shot command as typed, including pnpm itself',
    'and the build check, wall time to exit, median of 5. Reload: a running advisor reloads an edited topic (so the',
    'model is retrained) while the event-loop delay is sampled every millisecond; the training runs in a worker',
    'thread, and the last column is the same reload done on the main thread, as before. What stays on the main',
    'thread is building the advisor from the trained data (`createAdvisor`): that one step is the "max" column.',
    '',
    '```sh',
    'pnpm bench --service-only',
    '```',
    '',
    '| cold start | `pnpm ask` wall | reload | event-loop delay p50 | p99 | max | main-thread reload stall |',
    '|---|---|---|---|---|---|---|',
    tableRow([
      ...[ms(run.coldStartMs), ms(run.pnpmAskMs), r ? `${r.reloadMs} ms` : run.reload.ok ? '' : run.reload.reason],
      ...(r ? [r.p50Ms, r.p99Ms, r.maxMs, r.mainThreadStallMs].map((v) => `${v} ms`) : ['–', '–', '–', '–']),
    ]),
    '',
    ...(run.machine
      ? [
          `Measured on ${run.machine.cores} cores with a 1-minute load average of ${run.machine.loadAverage} ` +
            '(other work running): wall times grow with the load.',
          '',
        ]
      : []),
    `Targets (issue 15) in this run: cold start under 300 ms ${mark(run.coldStartMs.ok && run.coldStartMs.result < 300)}; ` +
      `\`pnpm ask\` under 1 s ${mark(run.pnpmAskMs.ok && run.pnpmAskMs.result < 1000)}; ` +
      `reload p99 event-loop delay under 50 ms ${mark(r !== undefined && r.p99Ms < 50)}.`,
    '',
  ];
  return lines.join('\n');
}
