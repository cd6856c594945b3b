/** The value below which `share` (0..1) of `values` fall (nearest rank); 0 for no values. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] as number;
}

/** A one-line summary of timings in milliseconds: count, p50, p99 and max. */
export function describeTimings(label: string, values: readonly number[]): string {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const [p50, p99, max] = [0.5, 0.99, 1].map((p) => ms(percentile(values, p)));
  return `${label}: n=${values.length} p50=${p50} p99=${p99} max=${max}`;
}

/** The fuzz seed: FUZZ_SEED when set (to replay a failure), otherwise a fresh random one. */
export function fuzzSeed(): number {
  const fromEnv = process.env.FUZZ_SEED;
  return fromEnv === undefined || fromEnv === '' ? Math.floor(Math.random() * 2 ** 31) : Number(fromEnv);
}
