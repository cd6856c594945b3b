import type { ConfusionMatrix } from './confusion-matrix.js';
import { escapeHtml } from './escape-html.js';

const CELL = 16;
const LABEL_SPACE = 230;
const MARGIN = 8;

/**
 * Draws a confusion matrix as an SVG heat map: rows are the expected intents, columns what the advisor did.
 * A cell's shade is its share of the row; blue on the diagonal (right), red off it (wrong). Hover shows counts.
 */
export function renderConfusionSvg(matrix: ConfusionMatrix): string {
  const { expected, predicted, counts } = matrix;
  const width = LABEL_SPACE + predicted.length * CELL + MARGIN;
  const height = LABEL_SPACE + expected.length * CELL + MARGIN;
  const gridWidth = predicted.length * CELL;
  const gridHeight = expected.length * CELL;
  // Empty cells are the background; white grid lines separate cells, so only non-empty cells need elements.
  const grid = [
    ...expected.map((_, i) => `M${LABEL_SPACE} ${LABEL_SPACE + i * CELL}h${gridWidth}`),
    ...predicted.map((_, j) => `M${LABEL_SPACE + j * CELL} ${LABEL_SPACE}v${gridHeight}`),
  ].join('');
  const parts: string[] = [`<rect x="${LABEL_SPACE}" y="${LABEL_SPACE}" width="${gridWidth}" height="${gridHeight}" fill="#f3f4f6"/>`];
  predicted.forEach((label, j) => {
    const x = LABEL_SPACE + j * CELL + CELL / 2 + 4;
    parts.push(`<text class="col" transform="translate(${x} ${LABEL_SPACE - 6}) rotate(-90)">${escapeHtml(label)}</text>`);
  });
  expected.forEach((label, i) => {
    const y = LABEL_SPACE + i * CELL;
    const total = counts[i]!.reduce((sum, n) => sum + n, 0);
    parts.push(`<text class="row" x="${LABEL_SPACE - 6}" y="${y + CELL - 4}">${escapeHtml(label)}</text>`);
    predicted.forEach((column, j) => {
      const n = counts[i]![j]!;
      if (n === 0) return;
      const share = n / total;
      const x = LABEL_SPACE + j * CELL;
      const tip = `${label} → ${column}: ${n} of ${total}`;
      parts.push(
        `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill="${cellColor(share, label === column)}">` +
          `<title>${escapeHtml(tip)}</title></rect>`,
        `<text class="n${share > 0.5 ? ' dark' : ''}" x="${x + CELL / 2}" y="${y + CELL - 4}">${n}</text>`,
      );
    });
  });
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Confusion matrix" ' +
      `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<style>text{font:10px sans-serif}.row{text-anchor:end}' +
      '.n{text-anchor:middle;font-size:8px;pointer-events:none}.dark{fill:#fff}</style>',
    ...parts,
    `<path d="${grid}" stroke="#fff" stroke-width="1"/>`,
    '</svg>',
  ].join('\n');
}

function cellColor(share: number, onDiagonal: boolean): string {
  const lightness = Math.round(92 - share * 55);
  return onDiagonal ? `hsl(212 70% ${lightness}%)` : `hsl(4 75% ${lightness}%)`;
}
