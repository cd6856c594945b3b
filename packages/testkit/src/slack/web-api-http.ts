import type { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';

const JSON_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata']);

/** Reads a Web API request body: JSON, or a form whose `blocks`, `attachments`, `view` and `metadata` fields hold JSON. */
export async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    return JSON.parse(raw) as Record<string, unknown>;
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return body;
}

/** Answers with a JSON payload. */
export function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(payload));
}

/** Resolves with `check()`'s first defined value, re-checked on each `event`; rejects with `message` after `timeoutMs`. */
export function waitForEvent<T>(
  events: EventEmitter,
  event: string,
  check: () => T | undefined,
  timeoutMs: number,
  message: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const attempt = (): void => {
      const value = check();
      if (value === undefined) return;
      clearTimeout(timer);
      events.off(event, attempt);
      resolve(value);
    };
    const timer = setTimeout(() => {
      events.off(event, attempt);
      reject(new Error(message));
    }, timeoutMs);
    events.on(event, attempt);
    attempt();
  });
}
