import { fileURLToPath } from 'node:url';
import { runChild, type ChildOutcome } from './run-child.js';
import { tableRow } from './table-row.js';

/** The segmenters compared: none (a Han run is one token, as before issue 13), ICU's `Intl.Segmenter`, jieba. */
export const SEGMENTER_IDS = ['none', 'intl', 'jieba'] as const;
export type SegmenterId = (typeof SEGMENTER_IDS)[number];

/** One segmenter's figures on the Chinese dev set, with the model trained on its tokens. */
export interface ChineseFigures {
  segmenter: SegmenterId;
  /** Dev questions answered right and in Chinese, and their number. */
  right: number;
  items: number;
  byCategory: { category: string; items: number; right: number }[];
  /** Resident memory the segmenter adds when it is created (jieba loads its dictionary), MB. */
  segmenterMb: number;
  /** Segmenting one question, µs. */
  segmentP50Us: number;
  /** Answering one Chinese question, µs. */
  p50Us: number;
  p99Us: number;
  /** Resident memory after training and answering, MB. */
  rssMb: number;
  trainS: number;
}

/** Every segmenter's outcome. */
export type ChineseRun = Partial<Record<SegmenterId, ChildOutcome<ChineseFigures>>>;

/** The heading of the Chinese tokenisation section of docs/benchmarks.md. */
export const CHINESE_SECTION = '## Chinese tokenisation';

/** Seconds one segmenter's run may take (it trains the whole model once). */
const BUDGET_S = 300;

/** Runs the Chinese dev set once per segmenter, each in its own process. */
export async function runChinese(): Promise<ChineseRun> {
  const run: ChineseRun = {};
  for (const id of SEGMENTER_IDS) {
    process.stdout.write(`bench: chinese / ${id} … `);
    const outcome = await runChild<ChineseFigures>(
      fileURLToPath(new URL('./chinese-eval.js', import.meta.url)),
      ['--segmenter', id],
      BUDGET_S,
    );
    run[id] = outcome;
    process.stdout.write(outcome.ok ? `right ${outcome.result.right}/${outcome.result.items}\n` : `${outcome.reason}\n`);
  }
  return run;
}

/** The markdown section: one row per segmenter, and which one Cobridge uses and why. */
export function renderChineseSection(run: ChineseRun): string {
  const lines = [
    CHINESE_SECTION,
    '',
    'Produced by `pnpm bench` (`pnpm --filter @cobridge/nlu-bench bench --chinese-only` runs this part alone). Chinese has no',
    'spaces, so a run of Han characters is cut into words before the classifier reads it. Each segmenter runs in its own',
    'process: the model is trained with its tokens, then the Chinese dev set (`packages/advisor-runtime/test/fixtures/zh-dev.jsonl`,',
    'questions written for development, never trained on) is answered; "right" means the right kind, clause and verdict, in',
    'Chinese. Latency is per question over 20 rounds of the set; memory is the resident set the segmenter adds when created,',
    "and the process's resident set at the end.",
    '',
    tableRow([
      ...['segmenter', 'right', 'yes-no', 'open', 'enterprise-we', 'mixed', 'out-of-scope', 'segment p50 µs'],
      ...['answer p50 µs', 'answer p99 µs', 'segmenter MB', 'RSS MB', 'train s'],
    ]),
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const cell = (figures: ChineseFigures, category: string): string => {
    const c = figures.byCategory.find((x) => x.category === category);
    return c ? `${c.right}/${c.items}` : '–';
  };
  for (const [id, outcome] of Object.entries(run)) {
    if (!outcome.ok) {
      lines.push(`| ${id} | ${outcome.reason} | | | | | | | | | | | |`);
      continue;
    }
    const r = outcome.result;
    lines.push(
      tableRow([
        ...[id, `${r.right}/${r.items}`, ...['yes-no', 'open', 'enterprise-we', 'mixed', 'out-of-scope'].map((c) => cell(r, c))],
        ...[r.segmentP50Us.toFixed(1), r.p50Us.toFixed(0), r.p99Us.toFixed(0), r.segmenterMb, r.rssMb, r.trainS],
      ]),
    );
  }
  lines.push('', ...CHOICE);
  return `${lines.join('\n')}\n`;
}

/** Which segmenter Cobridge ships, decided on the figures above. */
const CHOICE = [
  'Cobridge uses `Intl.Segmenter` (`intlSegmenter` in `policy-knowledge/src/classify/segment-chinese.ts`). In the run of',
  'issue 13 both segmenters answered 52 of the 60 dev questions right and no segmentation 47; jieba cut a question in',
  "about half the time (6 against 10 µs, a small share of an answer's 80–110 µs) but added 36 MB of dictionary to the",
  'process, against none for `Intl.Segmenter`, which also needs no dependency. jieba keeps domain words whole (离岗,',
  '社保) where ICU splits them (离|岗, 社|保), but the classifier also reads word bigrams and character n-grams, which',
  'recover most of that, and the concepts are found by substring, with no segmenter at all. jieba (`@node-rs/jieba`, a',
  'prebuilt native binary with no install script) is a devDependency of the benchmark only. Each segmented run of Han',
  'characters is remembered (up to a million characters of runs), since one question is tokenised several times.',
];
