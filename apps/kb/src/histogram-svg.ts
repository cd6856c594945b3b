import type { EvaluationReport } from '@cobridge/policy-knowledge';
import { escapeHtml } from './escape-html.js';

const BAR = 34;
const HEIGHT = 160;
const AXIS = 36;

/** Draws the answer-confidence histogram as stacked SVG bars: correct answers in blue, wrong ones in red on top. */
export function renderHistogramSvg(histogram: EvaluationReport['histogram']): string {
  const max = Math.max(1, ...histogram.map((b) => b.correct + b.wrong));
  const scale = (n: number) => (n / max) * HEIGHT;
  const width = histogram.length * (BAR + 6) + 10;
  const bars = histogram.map((b, i) => {
    const x = 5 + i * (BAR + 6);
    const correct = scale(b.correct);
    const wrong = scale(b.wrong);
    const tip = escapeHtml(`${b.bucket}: ${b.correct} correct, ${b.wrong} wrong`);
    return [
      `<g><title>${tip}</title>`,
      `<rect x="${x}" y="${HEIGHT - correct}" width="${BAR}" height="${correct}" fill="hsl(212 70% 50%)"/>`,
      `<rect x="${x}" y="${HEIGHT - correct - wrong}" width="${BAR}" height="${wrong}" fill="hsl(4 75% 55%)"/>`,
      `<text x="${x + BAR / 2}" y="${HEIGHT + 14}">${escapeHtml(b.bucket.split('–')[0] ?? b.bucket)}</text>`,
      `<text x="${x + BAR / 2}" y="${HEIGHT + 28}">${b.correct}/${b.wrong}</text></g>`,
    ].join('');
  });
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Answer confidence histogram" ' +
      `width="${width}" height="${HEIGHT + AXIS}" viewBox="0 0 ${width} ${HEIGHT + AXIS}">`,
    '<style>text{font:10px sans-serif;text-anchor:middle}</style>',
    ...bars,
    '</svg>',
  ].join('\n');
}
