import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import {
  createAdvisor,
  intlSegmenter,
  loadKnowledge,
  trainModel,
  useChineseSegmenter,
  type ChineseSegmenter,
} from '@cobridge/policy-knowledge';
import { evaluateBlindSet, loadBlindSet } from '@cobridge/advisor-runtime';
import { percentile } from './metrics.js';
import { SEGMENTER_IDS, type ChineseFigures, type SegmenterId } from './chinese-report.js';

const DEV_SET = fileURLToPath(new URL('../../advisor-runtime/test/fixtures/zh-dev.jsonl', import.meta.url));
/** Timed rounds of the dev set. */
const ROUNDS = 20;

function createSegmenter(id: SegmenterId): ChineseSegmenter {
  if (id === 'intl') return intlSegmenter;
  if (id === 'none') return (run) => [run];
  const jieba = Jieba.withDict(dict);
  return (run) => jieba.cut(run, false).filter((word) => /\p{Script=Han}/u.test(word));
}

/** Trains the model with one segmenter, answers the Chinese dev set with it, and prints the figures as JSON. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { segmenter: { type: 'string', default: 'intl' } } });
  const id = values.segmenter as SegmenterId;
  if (!SEGMENTER_IDS.includes(id)) throw new Error(`unknown --segmenter ${id} (${SEGMENTER_IDS.join('|')})`);
  const before = process.memoryUsage().rss;
  const segmenter = createSegmenter(id);
  segmenter('预热');
  const segmenterMb = Math.round((process.memoryUsage().rss - before) / 1024 / 1024);
  useChineseSegmenter(segmenter);
  const knowledge = await loadKnowledge();
  const started = process.hrtime.bigint();
  const advisor = createAdvisor(knowledge, trainModel(knowledge));
  const trainS = Number(process.hrtime.bigint() - started) / 1e9;
  const items = await loadBlindSet(DEV_SET, '');
  const report = evaluateBlindSet(advisor, items);
  // One untimed round first, as for the English advisor: the first sight of a question compiles and fills caches.
  for (const item of items) advisor.ask(item.question, { audience: item.audience });
  const segmentTimes: number[] = [];
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const item of items) {
      let t = process.hrtime.bigint();
      segmenter(item.question);
      segmentTimes.push(Number(process.hrtime.bigint() - t) / 1e3);
      t = process.hrtime.bigint();
      advisor.ask(item.question, { audience: item.audience });
      latencies.push(Number(process.hrtime.bigint() - t) / 1e3);
    }
  }
  const figures: ChineseFigures = {
    segmenter: id,
    right: report.right,
    items: report.items,
    byCategory: report.byCategory,
    segmenterMb,
    segmentP50Us: percentile(segmentTimes, 0.5),
    p50Us: percentile(latencies, 0.5),
    p99Us: percentile(latencies, 0.99),
    rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
    trainS: Math.round(trainS * 10) / 10,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`chinese-eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
