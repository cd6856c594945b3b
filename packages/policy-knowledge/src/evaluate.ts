import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Advisor } from './engine/create-advisor.js';
import type { AdvisorResult, AnswerResult } from './engine/types.js';
import type { Knowledge } from './knowledge.js';
import { OOS_INTENT, type LabeledText } from './classify/types.js';
import { DEFAULT_EVAL_DIR } from './paths.js';
import { labeledRowSchema, parseJsonlRows } from './read-jsonl.js';

/** Precision, recall and F1 of one topic over the evaluation set. */
export interface TopicScore {
  intent: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** The evaluation report `pnpm eval` and `kb eval` print. */
export interface EvaluationReport {
  inScope: number;
  outOfScope: number;
  /** Share of in-scope questions answered with the right topic. */
  accuracy: number;
  /** Share of in-scope questions answered right or clarified with the right topic among the candidates. */
  answeredOrClarified: number;
  /** Share of out-of-scope questions declined. */
  oosRecall: number;
  clarifyRate: number;
  topics: TopicScore[];
  /** Most frequent (expected → predicted) mistakes. */
  confusions: { expected: string; predicted: string; count: number }[];
  /** Answer confidence histogram in tenths, for correct and wrong answers. */
  histogram: { bucket: string; correct: number; wrong: number }[];
  /** Every row with what the advisor did, for reports and `kb misses`-like review. */
  rows: { text: string; expected: string; predicted: string; kind: AdvisorResult['kind']; confidence: number }[];
}

/**
 * The lowest evaluation scores the shipped knowledge may reach: set just under what it reaches (see
 * docs/benchmarks.md), checked by the test suite and by `kb eval --floors`. Retune after a deliberate change.
 */
export const EVAL_FLOORS = {
  accuracy: 0.9,
  answeredOrClarified: 0.93,
  oosRecall: 0.88,
} as const satisfies Partial<Record<keyof EvaluationReport, number>>;

/** Reads the shipped evaluation set (in-scope and out-of-scope JSON Lines). */
export async function loadEvalSet(dir: string = DEFAULT_EVAL_DIR): Promise<LabeledText[]> {
  const rows: LabeledText[] = [];
  for (const file of ['in-scope.jsonl', 'out-of-scope.jsonl']) rows.push(...parseJsonl(await readFile(join(dir, file), 'utf8'), file));
  return rows;
}

/** Parses `{"text", "intent"}` JSON Lines, naming the file and line of a malformed row. */
export function parseJsonl(text: string, file: string): LabeledText[] {
  return parseJsonlRows(text, file, labeledRowSchema);
}

/** Asks the advisor every evaluation question and scores the outcomes. */
export function evaluate(advisor: Advisor, rows: LabeledText[]): EvaluationReport {
  const scored = rows.map((row) => {
    const result = advisor.ask(row.text);
    // An answer composed from facts serves every topic those facts belong to.
    const served = result.kind === 'answer' && answerServes(advisor.knowledge, result, row.intent);
    const predicted =
      result.kind === 'answer' ? (served ? row.intent : result.topic.id) : result.kind === 'clarify' ? 'clarify' : OOS_INTENT;
    const confidence = result.kind === 'answer' ? result.confidence : (result.alternatives[0]?.confidence ?? 0);
    const clarifiedRight = result.kind === 'clarify' && result.candidates.some((c) => c.id === row.intent);
    return { text: row.text, expected: row.intent, predicted, kind: result.kind, confidence, clarifiedRight };
  });
  const inScope = scored.filter((r) => r.expected !== OOS_INTENT);
  const oos = scored.filter((r) => r.expected === OOS_INTENT);
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  const confusionCounts = new Map<string, number>();
  for (const r of scored)
    if (r.predicted !== r.expected)
      confusionCounts.set(`${r.expected}\u0000${r.predicted}`, (confusionCounts.get(`${r.expected}\u0000${r.predicted}`) ?? 0) + 1);
  return {
    inScope: inScope.length,
    outOfScope: oos.length,
    accuracy: share(inScope.filter((r) => r.predicted === r.expected).length, inScope.length),
    answeredOrClarified: share(inScope.filter((r) => r.predicted === r.expected || r.clarifiedRight).length, inScope.length),
    oosRecall: share(oos.filter((r) => r.kind === 'unknown' || r.kind === 'refuse').length, oos.length),
    clarifyRate: share(scored.filter((r) => r.kind === 'clarify').length, scored.length),
    topics: topicScores(scored),
    confusions: [...confusionCounts]
      .map(([key, count]) => {
        const [expected = '', predicted = ''] = key.split('\u0000');
        return { expected, predicted, count };
      })
      .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)),
    histogram: histogram(scored.filter((r) => r.kind === 'answer')),
    rows: scored.map(({ clarifiedRight: _, ...row }) => row),
  };
}

function topicScores(rows: { expected: string; predicted: string }[]): TopicScore[] {
  const intents = [...new Set(rows.map((r) => r.expected))].filter((i) => i !== OOS_INTENT).sort();
  return intents.map((intent) => {
    const tp = rows.filter((r) => r.expected === intent && r.predicted === intent).length;
    const predicted = rows.filter((r) => r.predicted === intent).length;
    const support = rows.filter((r) => r.expected === intent).length;
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { intent, precision, recall, f1, support };
  });
}

function histogram(rows: { expected: string; predicted: string; confidence: number }[]) {
  return Array.from({ length: 10 }, (_, i) => {
    const inBucket = rows.filter((r) => Math.min(9, Math.floor(r.confidence * 10)) === i);
    return {
      bucket: `${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`,
      correct: inBucket.filter((r) => r.predicted === r.expected).length,
      wrong: inBucket.filter((r) => r.predicted !== r.expected).length,
    };
  });
}

/** True when an answer is about a topic: its own topic, or a topic every one of its facts also answers. */
function answerServes(knowledge: Knowledge, result: AnswerResult, topicId: string): boolean {
  if (result.topic.id === topicId) return true;
  return result.facts.some((id) => {
    const fact = knowledge.factById.get(id);
    return fact !== undefined && (fact.topic === topicId || fact.topics.includes(topicId));
  });
}
