import type { IncomingMessage, Server } from 'node:http';
import type { BufferedIncomingMessage } from '@slack/bolt';
import { requestTimestamp } from './future-timestamp.js';

/** Notes when each HTTP request arrived, so acknowledgement times include reading and verifying the request. */
export interface RequestArrivals {
  /** Starts noting arrivals on the receiver's server. */
  watch(server: Server): void;
  /** Bolt's `customPropertiesExtractor`: the request's Slack timestamp and its arrival time. */
  properties(request: BufferedIncomingMessage): Record<string, unknown>;
}

/** Creates the arrival book-keeping (one per app). */
export function createRequestArrivals(): RequestArrivals {
  const arrivals = new WeakMap<IncomingMessage, number>();
  return {
    watch(server) {
      server.prependListener('request', (request: IncomingMessage) => arrivals.set(request, performance.now()));
    },
    properties(request) {
      const receivedAt = arrivals.get(request);
      return { ...requestTimestamp(request), ...(receivedAt === undefined ? {} : { receivedAt }) };
    },
  };
}
