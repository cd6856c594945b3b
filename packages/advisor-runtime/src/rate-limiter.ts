/** The outcome of asking the limiter: allowed, or how long to wait and whether this is the window's first refusal (tell the user once). */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; notify: boolean };

/** Default questions per user per minute. */
export const DEFAULT_QUESTIONS_PER_MINUTE = 6;
const WINDOW_MS = 60_000;
const MAX_TRACKED_USERS = 50_000;

/** A per-user sliding-window limiter: one user's flood never slows anyone else down. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  /** Until when each refused key has been told to wait. */
  private readonly noticed = new Map<string, number>();

  constructor(
    private readonly perMinute: number = DEFAULT_QUESTIONS_PER_MINUTE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a question from `key` if it is within the limit. */
  take(key: string): RateDecision {
    if (this.perMinute <= 0) return { allowed: true };
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
    if (recent.length >= this.perMinute) {
      this.hits.set(key, recent);
      const retryAfterSeconds = Math.max(1, Math.ceil((recent[0]! + WINDOW_MS - now) / 1000));
      const notify = (this.noticed.get(key) ?? -Infinity) <= now;
      if (notify) this.noticed.set(key, now + retryAfterSeconds * 1000);
      return { allowed: false, retryAfterSeconds, notify };
    }
    this.noticed.delete(key);
    recent.push(now);
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > MAX_TRACKED_USERS) this.evictOldest();
    return { allowed: true };
  }

  private evictOldest(): void {
    const oldest = this.hits.keys().next();
    if (oldest.done) return;
    this.hits.delete(oldest.value);
    this.noticed.delete(oldest.value);
  }
}
