import type { BufferedIncomingMessage, ReceiverProcessEventErrorHandlerArgs } from '@slack/bolt';
import { HTTPModuleFunctions } from '@slack/bolt';

/** How far a request's timestamp may lie in the future (Slack's own five minutes, as for stale requests). */
export const MAX_CLOCK_SKEW_SECONDS = 300;

/** Thrown for a signed request timestamped too far in the future; answered 401 like a stale one. */
export class FutureRequestError extends Error {
  override readonly name = 'FutureRequestError';
}

/** Reads the request timestamp into the event's custom properties, where the inbox receiver checks it. */
export function requestTimestamp(request: BufferedIncomingMessage): Record<string, unknown> {
  const header = request.headers['x-slack-request-timestamp'];
  return typeof header === 'string' ? { requestTimestamp: Number(header) } : {};
}

/** Throws {@link FutureRequestError} when the timestamp lies more than five minutes ahead of `nowMs`. */
export function rejectFutureRequest(customProperties: Record<string, unknown> | undefined, nowMs = Date.now()): void {
  const timestamp = customProperties?.requestTimestamp;
  if (typeof timestamp === 'number' && timestamp > nowMs / 1000 + MAX_CLOCK_SKEW_SECONDS) {
    throw new FutureRequestError('request timestamp is more than five minutes in the future');
  }
}

/** The HTTP receiver's error handler: 401 for a future request, Bolt's default for anything else. */
export async function answerRequestErrors(args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> {
  if (args.error instanceof FutureRequestError) {
    args.logger.warn('rejected a request timestamped in the future');
    args.response.writeHead(401);
    args.response.end();
    return true;
  }
  return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
}
