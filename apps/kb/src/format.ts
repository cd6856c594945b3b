/** Formats a share (0..1) as a percentage with one decimal, e.g. `89.8%`. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** Lays out rows as columns separated by two spaces; the columns listed in `right` are right-aligned. */
export function formatTable(rows: readonly (readonly string[])[], right: readonly number[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (right.includes(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/** "1 problem", "2 problems". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export { truncate } from '@cobridge/reply';
