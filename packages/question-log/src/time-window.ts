const DAY_MS = 86_400_000;

/** A half-open span of ISO times, `from` included, `to` excluded. */
export interface TimeWindow {
  from: string;
  to: string;
}

/** The last `days` whole UTC days up to and including the day of `now`. */
export function timeWindow(now: Date, days: number): TimeWindow {
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`days must be a positive integer, got ${days}`);
  }
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return { from: new Date(tomorrow - days * DAY_MS).toISOString(), to: new Date(tomorrow).toISOString() };
}
