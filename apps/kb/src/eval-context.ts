import { OOS_INTENT, type EvaluationReport } from '@cobridge/policy-knowledge';
import { compareScore, describeChange, HEADLINE_METRICS, type EvalSnapshot } from './eval-history.js';
import { percent } from './format.js';

/** What the eval reports need besides the scores: the version, topic titles and the previous run. */
export interface EvalContext {
  version: string;
  generatedAt: Date;
  /** Title per topic id. */
  titles: ReadonlyMap<string, string>;
  previous: EvalSnapshot | undefined;
}

/** The name of each headline metric, as both reports print it. */
export const METRIC_LABELS: Record<(typeof HEADLINE_METRICS)[number], string> = {
  accuracy: 'Accuracy (right topic answered)',
  answeredOrClarified: 'Answered or clarified (right topic offered)',
  oosRecall: 'Out-of-scope recall (declined)',
  clarifyRate: 'Clarify rate (all questions)',
};

/** One plain sentence per number in the reports, for an admin who is not a statistician. */
export const METRIC_EXPLANATIONS: readonly (readonly [string, string])[] = [
  ['Accuracy', 'Of the questions the guidance answers, the share Cobridge answered with the right topic.'],
  [
    'Answered or clarified',
    'The share where Cobridge answered with the right topic or offered it as a choice when it asked which topic was meant.',
  ],
  ['Out-of-scope recall', 'Of the questions the guidance does not answer, the share Cobridge declined instead of guessing.'],
  [
    'Clarify rate',
    'The share of all questions where Cobridge asked which topic was meant instead of answering; ' +
      'lower is better as long as accuracy holds.',
  ],
  [
    'Precision',
    "Of the questions Cobridge answered with this topic, the share that really belonged to it; low means it takes other topics' questions.",
  ],
  [
    'Recall',
    'Of the questions that belong to this topic, the share Cobridge answered with it; ' +
      'low means people asking this get another answer or "I don\'t know".',
  ],
  ['F1', 'Precision and recall combined into one score (their harmonic mean): the one number to watch per topic.'],
  ['Support', 'How many evaluation questions belong to this topic; with few, a single question moves its scores a lot.'],
  ['oos', '"Out of scope": the questions the guidance does not cover, which Cobridge should decline.'],
  [
    'vs last run',
    'How a score moved since the previous kb eval: better, worse or same (within half a percentage point), in percentage points.',
  ],
];

/** A topic's title for the reports ("Not covered (out of scope)" for oos, the id when the topic is gone). */
export function titleOf(context: EvalContext, intent: string): string {
  if (intent === OOS_INTENT) return 'Not covered (out of scope)';
  return context.titles.get(intent) ?? intent;
}

/** The headline metrics as [label, value, change since the last run] rows. */
export function headlineRows(report: EvaluationReport, context: EvalContext): string[][] {
  return HEADLINE_METRICS.map((metric) => [
    METRIC_LABELS[metric],
    percent(report[metric]),
    describeChange(report[metric], context.previous?.[metric], metric === 'clarifyRate'),
  ]);
}

/** A topic's F1 change since the last run, as the reports print it. */
export function topicChange(context: EvalContext, intent: string, f1: number): string {
  return context.previous ? describeChange(f1, context.previous.topics[intent]) : 'new';
}

/** The line saying what the comparison is against, with how many topics got better, worse or stayed the same. */
export function comparedWith(report: EvaluationReport, context: EvalContext): string {
  const previous = context.previous;
  if (!previous) return 'No previous run to compare with: the next kb eval will show what changed.';
  const counts = { better: 0, worse: 0, same: 0, new: 0 };
  for (const t of report.topics) counts[compareScore(t.f1, previous.topics[t.intent])]++;
  const when = previous.at.slice(0, 16).replace('T', ' ');
  const added = counts.new > 0 ? `, ${counts.new} new` : '';
  const topics = `${counts.better} better, ${counts.worse} worse, ${counts.same} the same${added}`;
  return `Compared with the previous run (knowledge ${previous.version}, ${when} UTC): topics ${topics}.`;
}
