import type { AdvisorFigures } from './advisor-eval.js';
import type { ChildOutcome } from './run-child.js';
import { tableRow } from './table-row.js';
import { SYSTEM_IDS, type SystemId } from './systems/create-system.js';

/** Every system's outcome on the policy knowledge. */
export type PolicyRun = Partial<Record<SystemId, ChildOutcome>>;

/** The whole advisor's figures and its cold start. */
export interface AdvisorRun {
  figures: ChildOutcome<AdvisorFigures>;
  /** Median process start → first answer of `ask --json`, ms; or why it could not be measured. */
  coldStart: ChildOutcome<number>;
}

/** The headings of the two sections this benchmark owns besides the public corpora. */
export const POLICY_SECTION = '## Policy knowledge';
export const ADVISOR_SECTION = '## Advisor';

/** Resident memory the whole advisor must stay under (issue 8). */
export const ADVISOR_RSS_TARGET_MB = 100;

/** What the advisor's resident memory is made of and what limits its latency (measured once, by hand). */
const ADVISOR_NOTES = [
  "The advisor runs as the apps run it: `node --max-semi-space-size=2` (set by `pnpm start` and the apps' start",
  'scripts), which keeps V8 from holding a large young generation after the allocation peaks of loading; with',
  "Node's default the same run stays at about 111 MB. Node itself is about 41 MB before any import, the imported",
  'code (zod, yaml, the stemmer, the engine) adds about 25 MB, and the live heap after a full garbage collection is',
  'the column above. Loading allocates little: the compiled snapshot holds the knowledge, the model with its weights',
  'as typed arrays and the tables the advisor is built from (no JSON or base64 to decode), and a loaded advisor',
  'keeps no serialized model. The classifier is about 8 µs of an answer (see the table above); the rest of the',
  'answer latency is sanitising, the refusal guard, glossary expansion and the decision.',
];

const f3 = (x: number | undefined): string => (x === undefined ? '–' : x.toFixed(3));
const mark = (ok: boolean): string => (ok ? 'met' : '**missed**');

/** The policy-knowledge section: every system trained on the knowledge's questions, scored on its eval set. */
export function renderPolicySection(run: PolicyRun): string {
  const lines = [
    POLICY_SECTION,
    '',
    "Every system trained on the knowledge's training questions (`trainingRows(await loadKnowledge())`, the",
    '`oos` "not covered" questions a class like any other) and scored on its evaluation set (`loadEvalSet()`).',
    'Accuracy is over the in-scope questions; "oos declined" is the share of out-of-scope questions answered `oos`.',
    'Classifier only: the Advisor section below scores the whole engine.',
    '',
    '```sh',
    'pnpm bench                                            # with the corpora',
    'node packages/nlu-bench/dist/policy-eval.js --system cobridge|nlpjs|natural-bayes|natural-lr|advisor',
    '```',
    '',
    '| system | accuracy | macro-F1 | oos declined | train s | p50 µs | p99 µs | peak MB |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const id of SYSTEM_IDS) {
    const o = run[id];
    if (o === undefined) continue;
    if (!o.ok) {
      lines.push(`| ${id} | ${o.reason} | | | | | | |`);
      continue;
    }
    const r = o.result;
    lines.push(
      tableRow([
        ...[r.system, f3(r.accuracy), f3(r.macroF1), f3(r.oosRecall), (r.trainMs / 1000).toFixed(2)],
        ...[r.p50Us.toFixed(1), r.p99Us.toFixed(1), r.rssMb],
      ]),
    );
  }
  const c = run.cobridge;
  const n = run.nlpjs;
  if (c?.ok && n?.ok) {
    lines.push(
      '',
      `Targets (issue 8): accuracy ≥ NLP.js ${mark(c.result.accuracy >= n.result.accuracy)}; ` +
        `out-of-scope decline rate ≥ NLP.js ${mark((c.result.oosRecall ?? 0) >= (n.result.oosRecall ?? 0))}; ` +
        `p50 ${(n.result.p50Us / c.result.p50Us).toFixed(1)}× faster than NLP.js.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The advisor section: the shipped advisor answering the evaluation set, its memory, model size and cold start. */
export function renderAdvisorSection(run: AdvisorRun): string {
  const lines = [
    ADVISOR_SECTION,
    '',
    'The shipped advisor (`loadAdvisor()`: knowledge, model and engine) answering every evaluation question with',
    '`advisor.ask`, in a process of its own, three times: each time and memory figure is the median of the three',
    'processes. Latency is per question after a warm-up and includes sanitising, glossary',
    'expansion, classification and the answer/clarify/decline decision. Shares of in-scope questions: answered with',
    'the right topic, answered with a wrong one, clarified, declined. Memory is the resident set after loading and',
    'answering the whole set; "live heap" is the JavaScript heap still in use after that and a full garbage',
    'collection, so the difference is Node itself, loaded code and heap V8 keeps for allocation. ' +
      'Cold start: `node apps/console/dist/ask.js --json` spawned with one question on stdin,',
    'process start → first answer line, median of 11.',
    '',
    '```sh',
    'node --expose-gc --max-semi-space-size=2 packages/nlu-bench/dist/policy-eval.js --system advisor',
    'echo "<a question>" | node apps/console/dist/ask.js --json',
    '```',
    '',
  ];
  const a = run.figures;
  if (!a.ok) {
    lines.push(`Advisor: ${a.reason}`);
  } else {
    const r = a.result;
    lines.push(
      tableRow([
        ...['answered right', 'answered wrong', 'clarified', 'declined', 'oos declined', 'p50 µs', 'p99 µs'],
        ...['load ms', 'cold start ms', 'resident MB', 'live heap MB', 'model file MB'],
      ]),
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      tableRow([
        ...[f3(r.answeredRight), f3(r.answeredWrong), f3(r.clarified), f3(r.declinedInScope), f3(r.oosDeclineRate)],
        ...[r.p50Us.toFixed(1), r.p99Us.toFixed(1), r.loadMs, run.coldStart.ok ? run.coldStart.result.toFixed(0) : run.coldStart.reason],
        ...[r.rssMb, r.liveHeapMb ?? '–', (r.modelBytes / 1e6).toFixed(2)],
      ]),
      '',
      `Target (issues 2 and 8): the whole advisor under ${ADVISOR_RSS_TARGET_MB} MB resident ` +
        `${mark(r.rssMb < ADVISOR_RSS_TARGET_MB)} (${r.rssMb} MB).`,
      '',
      ...ADVISOR_NOTES,
    );
  }
  return `${lines.join('\n')}\n`;
}
