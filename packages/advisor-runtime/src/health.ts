import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the health endpoints read from the running service. */
export interface HealthSource {
  /** The knowledge version being served. */
  knowledgeVersion(): string;
  /** Problems in the knowledge files while the last good version serves; undefined when there are none. */
  knowledgeProblems(): readonly string[] | undefined;
  /** True/false for a question log that can/cannot take writes; undefined when there is no log. */
  databaseWritable(): boolean | undefined;
  /** The metrics in Prometheus' text format, with its content type. */
  metrics(): Promise<{ contentType: string; body: string }>;
}

/** The paths the health handler answers. */
export const HEALTH_PATHS = ['/healthz', '/readyz', '/metrics'] as const;

/**
 * Answers GET /healthz (the process is alive), /readyz (knowledge loaded and the database writable: 200, else 503)
 * and /metrics (Prometheus). Returns false for any other path, so it can sit in front of another handler.
 */
export async function handleHealthRequest(source: HealthSource, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const path = (req.url ?? '').split('?')[0];
  if (!HEALTH_PATHS.includes(path as (typeof HEALTH_PATHS)[number])) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return true;
  }
  if (path === '/metrics') {
    const { contentType, body } = await source.metrics();
    res.writeHead(200, { 'content-type': contentType }).end(body);
    return true;
  }
  if (path === '/healthz') {
    sendJson(res, 200, { status: 'alive' });
    return true;
  }
  const database = source.databaseWritable();
  const problems = source.knowledgeProblems();
  const ready = database !== false;
  sendJson(res, ready ? 200 : 503, {
    status: ready ? 'ready' : 'not ready',
    knowledge: source.knowledgeVersion(),
    ...(problems ? { knowledgeProblems: problems.length, servingLastGood: true } : {}),
    database: database === undefined ? 'off' : database ? 'writable' : 'not writable',
  });
  return true;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

/** Serves only the health endpoints on `port` (COBRIDGE_HEALTH_PORT), for Socket Mode and Discord; resolves once listening. */
export function startHealthServer(source: HealthSource, port: number, host?: string): Promise<Server & { port: number }> {
  const server = createServer((req, res) => {
    handleHealthRequest(source, req, res).then(
      (handled) => handled || res.writeHead(404).end(),
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(Object.assign(server, { port: (server.address() as AddressInfo).port })));
  });
}
