import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, silentLogger, type Services } from '../src/index.js';

let services: Services | undefined;
let dir: string | undefined;
afterEach(async () => {
  await services?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  services = undefined;
});

async function start(): Promise<{ services: Services; url: string; dbPath: string }> {
  dir = await mkdtemp(join(tmpdir(), 'cobridge-health-'));
  const dbPath = join(dir, 'log.db');
  services = await createServices({
    platform: 'discord',
    dbPath,
    rateLimit: { perMinute: 1 },
    healthPort: 0,
    healthHost: '127.0.0.1',
    logger: silentLogger,
  });
  return { services, url: `http://127.0.0.1:${String(services.healthPort)}`, dbPath };
}

describe('the health port', () => {
  it('says alive and ready, with the knowledge version and a writable database', async () => {
    const { url, services } = await start();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', knowledge: services.advisor().version, database: 'writable' });
    expect((await fetch(`${url}/other`)).status).toBe(404);
    expect((await fetch(`${url}/healthz`, { method: 'POST' })).status).toBe(405);
  });

  it('is not ready while the database cannot take a write', async () => {
    const { url, dbPath } = await start();
    const blocker = new Database(dbPath);
    blocker.exec('BEGIN IMMEDIATE');
    try {
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'not ready', database: 'not writable' });
    } finally {
      blocker.exec('ROLLBACK');
      blocker.close();
    }
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it('counts questions by outcome, answer latency, rate-limited questions, reloads and errors in /metrics', async () => {
    const { url, services } = await start();
    services.ask({ platform: 'discord', userId: '1', text: 'do I keep my pension if I leave?', audience: 'teacher' });
    services.ask({ platform: 'discord', userId: '1', text: 'and again?', audience: 'teacher' });
    await services.reload();
    services.logger.error('a handler failed');
    const response = await fetch(`${url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain('cobridge_questions_total{platform="discord",outcome="answer"} 1');
    expect(text).toContain('cobridge_questions_total{platform="discord",outcome="limited"} 1');
    expect(text).toContain('cobridge_rate_limited_total{platform="discord"} 1');
    expect(text).toMatch(/^cobridge_answer_seconds_count\{platform="discord"\} 1$/m);
    expect(text).toContain('cobridge_knowledge_reloads_total{result="ok"} 1');
    expect(text).toMatch(/^cobridge_errors_total 1$/m);
    expect(text).toMatch(/^cobridge_process_resident_memory_bytes \d+/m);
  });
});
