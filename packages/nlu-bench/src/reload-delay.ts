import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createServices, silentLogger } from '@cobridge/advisor-runtime';
import { DEFAULT_KNOWLEDGE_DIR, loadAdvisor } from '@cobridge/policy-knowledge';

/** What a knowledge reload costs the event loop that answers chat, ms. */
export interface ReloadDelay {
  reloadMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The same reload done on the main thread (as before the worker): the longest stall it causes. */
  mainThreadStallMs: number;
}

// Run as a child of `pnpm bench`: a running advisor reloads an edited topic (so the model is retrained) while the
// event-loop delay is sampled every millisecond. Prints one JSON line.
const dir = mkdtempSync(join(tmpdir(), 'cobridge-reload-bench-'));
try {
  const knowledgeDir = join(dir, 'knowledge');
  cpSync(DEFAULT_KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  const services = await createServices({
    platform: 'console',
    dbPath: null,
    knowledgeDir,
    lastGoodDir: join(dir, 'last-good'),
    logger: silentLogger,
  });
  appendFileSync(join(knowledgeDir, 'topics', 'leave.social-insurance.yaml'), '# edited for the reload benchmark\n');
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const started = performance.now();
  const result = await services.reload();
  const reloadMs = performance.now() - started;
  // The delay of the last step is recorded when the sampling timer fires after it: give it that chance.
  await new Promise((resolve) => setTimeout(resolve, 50));
  histogram.disable();
  if (!result.ok || !result.changed) throw new Error(`the reload did not load the edit: ${JSON.stringify(result)}`);
  appendFileSync(join(knowledgeDir, 'topics', 'leave.social-insurance.yaml'), '# edited again\n');
  const stallStarted = performance.now();
  await loadAdvisor({ knowledgeDir, modelPath: join(dir, 'none.json') });
  const mainThreadStallMs = performance.now() - stallStarted;
  await services.close();
  const ms = (ns: number) => Math.round((ns / 1e6) * 10) / 10;
  const figures: ReloadDelay = {
    reloadMs: Math.round(reloadMs),
    p50Ms: ms(histogram.percentile(50)),
    p99Ms: ms(histogram.percentile(99)),
    maxMs: ms(histogram.max),
    mainThreadStallMs: Math.round(mainThreadStallMs),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
