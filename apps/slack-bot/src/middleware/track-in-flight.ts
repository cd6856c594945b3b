import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/** Counts requests still being handled, so a shutdown can wait for answers already under way. */
export interface InFlightTracker {
  middleware: Middleware<AnyMiddlewareArgs>;
  /** Resolves once every request that had started is done (successfully or not). */
  idle(): Promise<void>;
}

/** Creates the tracker; install its middleware first so it wraps every listener. */
export function createInFlightTracker(): InFlightTracker {
  const pending = new Set<Promise<void>>();
  return {
    middleware: async ({ next }) => {
      const run = next();
      const settled = run.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settled);
      try {
        await run;
      } finally {
        pending.delete(settled);
      }
    },
    idle: async () => {
      await Promise.all([...pending]);
    },
  };
}
