import type { EvaluationReport } from '@cobridge/policy-knowledge';
import { comparedWith, headlineRows, METRIC_EXPLANATIONS, titleOf, topicChange, type EvalContext } from './eval-context.js';
import { formatTable, percent, truncate } from './format.js';

/** How many confused pairs the terminal report lists. */
export const TOP_CONFUSIONS = 10;
const HISTOGRAM_WIDTH = 40;
const TITLE_WIDTH = 50;

/** The evaluation report as an admin reads it on the terminal. */
export function formatEvalReport(report: EvaluationReport, context: EvalContext): string {
  const metrics = formatTable([['', '', 'vs last run'], ...headlineRows(report, context)], [1]);
  const topics = formatTable(
    [
      ['Topic', 'Precision', 'Recall', 'F1', 'Support', 'vs last run', 'Title'],
      ...report.topics.map((t) => [
        t.intent,
        percent(t.precision),
        percent(t.recall),
        percent(t.f1),
        String(t.support),
        topicChange(context, t.intent, t.f1),
        truncate(titleOf(context, t.intent), TITLE_WIDTH),
      ]),
    ],
    [1, 2, 3, 4],
  );
  const confusions = report.confusions.slice(0, TOP_CONFUSIONS).map((c) => `${c.count}×  ${c.expected} → ${c.predicted}`);
  const max = Math.max(1, ...report.histogram.map((b) => b.correct + b.wrong));
  const bar = (n: number, mark: string) => mark.repeat(Math.round((n / max) * HISTOGRAM_WIDTH));
  const histogram = formatTable(
    report.histogram.map((b) => [b.bucket, String(b.correct), String(b.wrong), `${bar(b.correct, '█')}${bar(b.wrong, '░')}`]),
    [1, 2],
  );
  return [
    `Evaluation of knowledge ${context.version}: ${report.inScope} in-scope and ${report.outOfScope} out-of-scope questions`,
    comparedWith(report, context),
    '',
    ...indent(metrics),
    '',
    'Per topic',
    ...indent(topics),
    '',
    `Most confused (expected → predicted, top ${TOP_CONFUSIONS} of ${report.confusions.length})`,
    ...indent(confusions.length > 0 ? confusions : ['none']),
    '',
    'Answer confidence (bucket, correct, wrong; █ correct ░ wrong)',
    ...indent(histogram),
    '',
    'What the numbers mean',
    ...indent(METRIC_EXPLANATIONS.map(([name, sentence]) => `${name}: ${sentence}`)),
  ].join('\n');
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}
