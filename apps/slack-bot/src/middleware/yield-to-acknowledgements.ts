import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/**
 * Lets the event loop acknowledge waiting requests before this one's answer is worked out. Bolt acknowledges an
 * Events API request before global middleware runs, so under a burst this keeps every acknowledgement inside
 * Slack's 3 seconds while the answers queue behind them.
 */
export const yieldToAcknowledgements: Middleware<AnyMiddlewareArgs> = async ({ next }) => {
  await new Promise<void>((resolve) => setImmediate(resolve));
  await next();
};
