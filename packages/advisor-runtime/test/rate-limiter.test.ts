import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/index.js';

describe('RateLimiter', () => {
  it('allows a handful per minute, then tells the user when to retry', () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    expect([1, 2, 3].map(() => limiter.take('u1').allowed)).toEqual([true, true, true]);
    expect(limiter.take('u1')).toEqual({ allowed: false, retryAfterSeconds: 60, notify: true });
    now = 30_000;
    expect(limiter.take('u1')).toEqual({ allowed: false, retryAfterSeconds: 30, notify: false });
    now = 60_001;
    expect(limiter.take('u1').allowed).toBe(true);
  });

  it("does not punish other users for one user's flood", () => {
    const limiter = new RateLimiter(2, () => 0);
    for (let i = 0; i < 100; i++) limiter.take('spammer');
    expect(limiter.take('someone-else').allowed).toBe(true);
  });

  it('is off when the limit is zero', () => {
    const limiter = new RateLimiter(0, () => 0);
    for (let i = 0; i < 100; i++) expect(limiter.take('u').allowed).toBe(true);
  });
});
