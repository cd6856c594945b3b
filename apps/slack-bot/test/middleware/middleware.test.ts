import { silentLogger } from '@cobridge/advisor-runtime';
import { describe, expect, it, vi } from 'vitest';
import { ignoreDuplicateEvents } from '../../src/middleware/ignore-duplicate-events.js';
import { createInFlightTracker } from '../../src/middleware/track-in-flight.js';
import { yieldToAcknowledgements } from '../../src/middleware/yield-to-acknowledgements.js';

// Only the fields the middleware reads; `never` lets this stand in for Bolt's large argument union.
const argsWith = (body: Record<string, unknown>, next: () => Promise<void>, retryNum?: number): never =>
  ({ body, next, context: { retryNum, isEnterpriseInstall: false } }) as never;

describe('createInFlightTracker', () => {
  it('waits for a request still being handled before reporting idle', async () => {
    const tracker = createInFlightTracker();
    let finish: () => void = () => undefined;
    const handling = tracker.middleware(argsWith({}, () => new Promise<void>((resolve) => (finish = resolve))));
    let idle = false;
    const idlePromise = tracker.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    finish();
    await handling;
    await idlePromise;
    expect(idle).toBe(true);
  });

  it('counts a failed request as done and still passes its error on', async () => {
    const tracker = createInFlightTracker();
    await expect(tracker.middleware(argsWith({}, () => Promise.reject(new Error('boom'))))).rejects.toThrow('boom');
    await expect(tracker.idle()).resolves.toBeUndefined();
  });
});

describe('ignoreDuplicateEvents', () => {
  it('passes each event id once and drops redeliveries', async () => {
    const middleware = ignoreDuplicateEvents(silentLogger, 2);
    const next = vi.fn(() => Promise.resolve());
    await middleware(argsWith({ event_id: 'Ev1' }, next));
    await middleware(argsWith({ event_id: 'Ev1' }, next, 1));
    await middleware(argsWith({ event_id: 'Ev2' }, next));
    expect(next).toHaveBeenCalledTimes(2);
  });

  it('forgets the oldest ids beyond its capacity, and passes requests without an event id', async () => {
    const middleware = ignoreDuplicateEvents(silentLogger, 2);
    const next = vi.fn(() => Promise.resolve());
    for (const id of ['Ev1', 'Ev2', 'Ev3', 'Ev1']) await middleware(argsWith({ event_id: id }, next));
    await middleware(argsWith({ type: 'block_actions' }, next));
    await middleware(argsWith({ type: 'block_actions' }, next));
    expect(next).toHaveBeenCalledTimes(6);
  });
});

describe('yieldToAcknowledgements', () => {
  it('starts queued requests one per event-loop turn, so work queued by the first runs before the second starts', async () => {
    const middleware = yieldToAcknowledgements();
    const order: string[] = [];
    const handle = (name: string) => async () => {
      order.push(name);
      if (name === 'a') setImmediate(() => order.push('next turn'));
    };
    await Promise.all(['a', 'b', 'c'].map((name) => middleware(argsWith({}, handle(name)))));
    expect(order).toEqual(['a', 'next turn', 'b', 'c']);
  });
});
