import type { EvaluationReport } from '@cobridge/policy-knowledge';
import { confusionMatrix } from './confusion-matrix.js';
import { comparedWith, headlineRows, METRIC_EXPLANATIONS, titleOf, topicChange, type EvalContext } from './eval-context.js';
import { renderConfusionSvg } from './confusion-svg.js';
import { escapeHtml } from './escape-html.js';
import { percent } from './format.js';
import { renderHistogramSvg } from './histogram-svg.js';

/** Topics whose F1 is below this are highlighted as needing work. */
export const LOW_F1 = 0.8;

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1f2937}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}.cards{display:flex;gap:1rem;flex-wrap:wrap}
.card{border:1px solid #e5e7eb;border-radius:8px;padding:.75rem 1rem;min-width:180px}.card b{display:block;font-size:1.6rem}
table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #e5e7eb;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}.low{background:#fee2e2}.figure{overflow-x:auto}
.muted{color:#6b7280}.better{color:#047857}.worse{color:#b91c1c}dt{font-weight:600}dd{margin:0 0 .4rem 0}`;

/** The evaluation report as one self-contained HTML page (inline CSS and SVG, no scripts, nothing fetched). */
export function renderEvalHtml(report: EvaluationReport, context: EvalContext): string {
  const change = (text: string) => `<span class="${text.split(' ')[0]}">${escapeHtml(text)}</span>`;
  const card = ([label, value, moved]: string[]) =>
    `<div class="card">${escapeHtml(label!)}<b>${escapeHtml(value!)}</b>${change(moved!)}</div>`;
  const num = (text: string) => `<td class="num">${escapeHtml(text)}</td>`;
  const topic = (id: string) => `<td>${escapeHtml(titleOf(context, id))} <span class="muted">${escapeHtml(id)}</span></td>`;
  const topicRows = report.topics.map(
    (t) =>
      `<tr${t.f1 < LOW_F1 ? ' class="low"' : ''}>${topic(t.intent)}${num(percent(t.precision))}${num(percent(t.recall))}` +
      `${num(percent(t.f1))}${num(String(t.support))}<td>${change(topicChange(context, t.intent, t.f1))}</td></tr>`,
  );
  const confusionRows = report.confusions.map((c) => `<tr>${num(String(c.count))}${topic(c.expected)}${topic(c.predicted)}</tr>`);
  const wrongRows = report.rows
    .filter((r) => r.predicted !== r.expected)
    .map((r) => `<tr><td>${escapeHtml(r.text)}</td>${topic(r.expected)}${topic(r.predicted)}${num(r.confidence.toFixed(2))}</tr>`);
  const glossary = METRIC_EXPLANATIONS.map(([name, sentence]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(sentence)}</dd>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cobridge evaluation ${escapeHtml(context.version)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Cobridge evaluation</h1>
<p class="muted">Knowledge ${escapeHtml(context.version)}, ${report.inScope} in-scope and ${report.outOfScope} out-of-scope questions,
generated ${escapeHtml(context.generatedAt.toISOString())}. ${escapeHtml(comparedWith(report, context))}</p>
<div class="cards">
${headlineRows(report, context).map(card).join('\n')}
</div>
<details open><summary>What the numbers mean</summary>
<dl>${glossary.join('\n')}</dl>
</details>
<h2>Confusion matrix</h2>
<p class="muted">Rows: the topic a question belongs to. Columns: what Cobridge did. Blue on the diagonal is right, red is wrong;
darker means a larger share of the row. Hover a cell for its count.</p>
<div class="figure">${renderConfusionSvg(confusionMatrix(report))}</div>
<h2>Answer confidence</h2>
<p class="muted">How confident Cobridge was when it answered: blue answers were right, red ones wrong
(counts under each bar: right/wrong).</p>
<div class="figure">${renderHistogramSvg(report.histogram)}</div>
<h2>Per topic</h2>
<p class="muted">Topics with F1 under ${percent(LOW_F1)} are highlighted: give them more varied training questions or split them.</p>
<table><thead><tr><th>Topic</th><th>Precision</th><th>Recall</th><th>F1</th><th>Support</th><th>vs last run</th></tr></thead>
<tbody>${topicRows.join('\n')}</tbody></table>
<h2>Most confused pairs</h2>
<table><thead><tr><th>Count</th><th>Expected</th><th>Predicted</th></tr></thead>
<tbody>${confusionRows.join('\n')}</tbody></table>
<details><summary>Every question it got wrong (${wrongRows.length})</summary>
<table><thead><tr><th>Question</th><th>Expected</th><th>Predicted</th><th>Confidence</th></tr></thead>
<tbody>${wrongRows.join('\n')}</tbody></table>
</details>
</body>
</html>
`;
}
