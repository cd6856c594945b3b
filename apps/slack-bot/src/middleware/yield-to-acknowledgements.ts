import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/**
 * Lets the event loop read and acknowledge waiting requests between two answers. Bolt acknowledges an Events API
 * request before global middleware runs; the answers then start one per event-loop turn (each behind its own
 * `setImmediate`, queued one after the other), so under a burst the work of working out answers never keeps new
 * requests waiting for more than one answer's time.
 */
export function yieldToAcknowledgements(): Middleware<AnyMiddlewareArgs> {
  let queue: Promise<void> = Promise.resolve();
  return async ({ next }) => {
    const turn = queue.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    queue = turn;
    await turn;
    await next();
  };
}
