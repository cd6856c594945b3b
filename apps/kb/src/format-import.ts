import type { ImportPlan } from '@cobridge/policy-knowledge';
import { plural } from './format.js';

/** Width of each column of a changed clause shown side by side. */
export const SIDE_WIDTH = 56;

/** Wraps text into lines of at most `width` characters, breaking between words (a longer word is cut). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest; rest = rest.slice(width)) {
      const piece = rest.slice(0, width);
      if (!line) line = piece;
      else if (line.length + 1 + piece.length <= width) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  return line ? [...lines, line] : lines;
}

/** Two texts in two columns, "before" on the left and "now" on the right, a bar between them. */
export function sideBySide(left: string, right: string, width = SIDE_WIDTH): string[] {
  const a = wrap(left, width);
  const b = wrap(right, width);
  const rows = [`    ${'before'.padEnd(width)} │ now`];
  for (let i = 0; i < Math.max(a.length, b.length); i++) rows.push(`    ${(a[i] ?? '').padEnd(width)} │ ${b[i] ?? ''}`.trimEnd());
  return rows;
}

/** The diff of an import: a summary line, then every changed (side by side), added and removed clause. */
export function formatImport(plan: ImportPlan): string {
  const { diff, meta } = plan;
  const versions =
    plan.previousVersion === undefined
      ? `new source, version ${meta.version}`
      : plan.previousVersion === meta.version
        ? `version ${meta.version}`
        : `version ${plan.previousVersion} → ${meta.version}`;
  const lines = [
    `Source ${meta.id} (${versions}), ${plan.file}: ${diff.changed.length} changed, ${diff.added.length} added, ` +
      `${diff.removed.length} removed, ${diff.unchanged} unchanged.`,
  ];
  for (const change of diff.changed)
    lines.push('', `changed ${change.id} (section ${change.section})`, ...sideBySide(change.old, change.new));
  for (const clause of diff.added)
    lines.push('', `added ${clause.id} (section ${clause.section})`, ...wrap(clause.text, 2 * SIDE_WIDTH).map((l) => `    ${l}`));
  for (const clause of diff.removed)
    lines.push('', `removed ${clause.id} (section ${clause.section})`, ...wrap(clause.text, 2 * SIDE_WIDTH).map((l) => `    ${l}`));
  if (plan.previousVersion === undefined)
    lines.push('', `${plural(plan.clauses.length, 'clause')} in ${new Set(plan.clauses.map((c) => c.section)).size} sections.`);
  return lines.join('\n');
}
