import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '@cobridge/advisor-runtime';

/** How many recent event ids are remembered to recognise a redelivery. */
export const REMEMBERED_EVENT_IDS = 2000;

/**
 * Drops an Events API delivery whose `event_id` was already handled (Slack retries with `X-Slack-Retry-Num`
 * over HTTP, or a new `retry_attempt` in Socket Mode), so nobody is answered twice. A retry of an event this
 * process never saw (for example after a restart) is still answered.
 */
export function ignoreDuplicateEvents(logger: Logger, capacity = REMEMBERED_EVENT_IDS): Middleware<AnyMiddlewareArgs> {
  const seen = new Set<string>();
  return async ({ body, context, next }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId !== undefined) {
      if (seen.has(eventId)) {
        logger.info('ignored a repeated event delivery', { eventId, retryNum: context.retryNum, retryReason: context.retryReason });
        return;
      }
      seen.add(eventId);
      if (seen.size > capacity) seen.delete(seen.values().next().value as string);
    }
    await next();
  };
}
