import type { BlindReport } from '@cobridge/advisor-runtime';
import { formatTable, percent, truncate } from './format.js';

/** Misses listed under a blind report; the rest are counted. */
const SHOWN_MISSES = 15;

/**
 * A blind set's report for the terminal: overall, per category, verdicts, ordinary questions refused, first misses
 * (none for a held-out set).
 */
export function formatBlindReport(name: string, report: BlindReport, heldOut = false): string {
  const share = (right: number, items: number) => (items === 0 ? '-' : percent(right / items));
  const rows = formatTable(
    [
      ['Category', 'Right', 'Items', 'Share'],
      ...report.byCategory.map((c) => [c.category, String(c.right), String(c.items), share(c.right, c.items)]),
    ],
    [1, 2, 3],
  );
  const misses = report.misses.slice(0, SHOWN_MISSES).map((m) => `  ${m.id} [${m.category}] ${truncate(m.question, 70)} — ${m.why}`);
  const more = report.misses.length > SHOWN_MISSES ? [`  … and ${report.misses.length - SHOWN_MISSES} more`] : [];
  return [
    `Blind set ${name}${heldOut ? ' (held out: misses not shown)' : ''}: ` +
      `${report.right}/${report.items} right (${share(report.right, report.items)}); ` +
      `verdicts ${report.verdicts.right}/${report.verdicts.checked} (${share(report.verdicts.right, report.verdicts.checked)}); ` +
      `ordinary questions refused: ${report.ordinaryRefused}` +
      (report.language.checked > 0
        ? `; in the question's language ${report.language.right}/${report.language.checked} ` +
          `(${share(report.language.right, report.language.checked)})`
        : ''),
    ...rows.map((r) => `  ${r}`),
    ...(misses.length > 0 ? ['Misses:', ...misses, ...more] : []),
  ].join('\n');
}
