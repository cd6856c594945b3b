import type { Logger } from '@cobridge/advisor-runtime';
import type { InFlight } from '../in-flight.js';

/**
 * Wraps an event handler so nothing it throws escapes: the error is logged with the event name and
 * `apologize` tells the user, knowing what failed (its own failure is logged too, never rethrown). `inFlight` tracks
 * each run (apology included), so a shutdown can wait for it.
 */
export function guard<T>(
  logger: Logger,
  event: string,
  handler: (arg: T) => Promise<void>,
  apologize: (arg: T, error: unknown) => Promise<unknown>,
  inFlight?: InFlight,
): (arg: T) => void {
  return (arg) => {
    const run = handler(arg).catch(async (error: unknown) => {
      logger.error('discord handler failed', { event, error });
      try {
        await apologize(arg, error);
      } catch (apologyError) {
        logger.warn('discord apology failed', { event, error: apologyError });
      }
    });
    inFlight?.track(run);
  };
}
