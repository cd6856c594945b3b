/** The value below which `share` (0..1) of `values` fall (nearest rank); 0 for no values. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] as number;
}

/** `p50 / p99 / max` of millisecond timings, formatted for the report. */
export function describeMs(values: readonly number[]): string {
  const ms = (v: number): string => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
  return `${ms(percentile(values, 0.5))} / ${ms(percentile(values, 0.99))} / ${ms(percentile(values, 1))}`;
}

/** How many keys were counted exactly once, and how many more than once. */
export function onceAndDoubled(
  counts: ReadonlyMap<string, number>,
  keys: readonly string[],
): { once: number; doubled: number; missing: number } {
  let once = 0;
  let doubled = 0;
  let missing = 0;
  for (const key of keys) {
    const n = counts.get(key) ?? 0;
    if (n === 1) once += 1;
    else if (n > 1) doubled += 1;
    else missing += 1;
  }
  return { once, doubled, missing };
}
