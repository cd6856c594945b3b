import type { EvaluationReport } from '@cobridge/policy-knowledge';
import { formatTable, percent } from './format.js';

/** How many confused pairs the terminal report lists. */
export const TOP_CONFUSIONS = 10;
const HISTOGRAM_WIDTH = 40;

/** The evaluation report as an admin reads it on the terminal. */
export function formatEvalReport(report: EvaluationReport, version: string): string {
  const metrics = formatTable([
    ['Accuracy (right topic answered)', percent(report.accuracy)],
    ['Answered or clarified (right topic offered)', percent(report.answeredOrClarified)],
    ['Out-of-scope recall (declined)', percent(report.oosRecall)],
    ['Clarify rate (all questions)', percent(report.clarifyRate)],
  ], [1]);
  const topics = formatTable([
    ['Topic', 'Precision', 'Recall', 'F1', 'Support'],
    ...report.topics.map((t) => [t.intent, percent(t.precision), percent(t.recall), percent(t.f1), String(t.support)]),
  ], [1, 2, 3, 4]);
  const confusions = report.confusions.slice(0, TOP_CONFUSIONS).map((c) => `${c.count}×  ${c.expected} → ${c.predicted}`);
  const max = Math.max(1, ...report.histogram.map((b) => b.correct + b.wrong));
  const bar = (n: number, mark: string) => mark.repeat(Math.round((n / max) * HISTOGRAM_WIDTH));
  const histogram = formatTable(
    report.histogram.map((b) => [b.bucket, String(b.correct), String(b.wrong), `${bar(b.correct, '█')}${bar(b.wrong, '░')}`]),
    [1, 2],
  );
  return [
    `Evaluation of knowledge ${version}: ${report.inScope} in-scope and ${report.outOfScope} out-of-scope questions`,
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
  ].join('\n');
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}
