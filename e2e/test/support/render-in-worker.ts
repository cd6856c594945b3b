import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { AdvisorResult } from '@cobridge/policy-knowledge';

const WORKER = new URL('./render-worker.mjs', import.meta.url);

/** How a bounded render ended: finished (with the payload size and time taken) or stopped at the bound. */
export type BoundedRender = { finished: true; ms: number; size: number } | { finished: false; ms: number };

/** Renders `result` for `platform` in a worker and terminates it if it takes longer than `boundMs`. */
export async function renderWithinBound(platform: 'slack' | 'discord', result: AdvisorResult, boundMs: number): Promise<BoundedRender> {
  const worker = new Worker(WORKER, { workerData: { platform } });
  try {
    await once(worker, 'message');
    const started = performance.now();
    worker.postMessage(result);
    let timer: NodeJS.Timeout | undefined;
    const stopped = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), boundMs);
    });
    const reply = (await Promise.race([once(worker, 'message'), stopped])) as [{ size: number }] | undefined;
    clearTimeout(timer);
    const ms = performance.now() - started;
    return reply === undefined ? { finished: false, ms } : { finished: true, ms, size: reply[0].size };
  } finally {
    await worker.terminate();
  }
}
