import { EventEmitter, once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, send, waitForEvent } from './web-api-http.js';
import { SLACK_TEST_IDS } from './slack-test-ids.js';

/** One Web API call the fake received: the method, the bearer token and the decoded body. */
export interface RecordedCall {
  method: string;
  token: string | undefined;
  body: Record<string, unknown>;
  /** The HTTP status the fake answered with (200, or the injected 429/500). */
  status: number;
}

/** One JSON message posted to a `response_url` of the fake. */
export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
}

/** A failure the fake injects instead of answering: 429 with Retry-After, or a 500. */
export type InjectedFailure = { status: 429; retryAfterSeconds: number } | { status: 500 };

/**
 * A fake Slack Web API on 127.0.0.1: records calls, answers auth, chat, conversations history/replies, views, the
 * assistant threads, users.info (with the locale set by `setUserLocale`) and apps.connections.open, serves
 * `response_url` posts.
 */
export interface FakeSlackApi {
  /** Base URL for `clientOptions.slackApiUrl`, ending in `/api/`. */
  readonly url: string;
  readonly calls: RecordedCall[];
  readonly responses: RecordedResponse[];
  /** A `response_url` that lands in `responses` with the given id. */
  responseUrl(id?: string): string;
  /** The calls made to one method, in order. */
  callsTo(method: string): RecordedCall[];
  /** Answers the next `count` calls (optionally only of `method`) with the failure. */
  failNext(count: number, failure: InjectedFailure, method?: string): void;
  /** Answers every Web API call only after `ms` milliseconds (as a slow Slack would). */
  setLatency(ms: number): void;
  /** Holds the answers to `method` until the returned function is called. */
  hold(method: string): () => void;
  /** Resolves once `count` requests to `method` arrived, answered or still held; rejects after `timeoutMs`. */
  waitForArrivals(method: string, count?: number, timeoutMs?: number): Promise<void>;
  /** The locale `users.info` reports for a user when asked with `include_locale` (default en-US). */
  setUserLocale(userId: string, locale: string): void;
  /** The WebSocket URL `apps.connections.open` hands out (set by the Socket Mode fake). */
  setConnectionsOpenUrl(url: string): void;
  /** Resolves once `method` has been called `count` times; rejects after `timeoutMs`. */
  waitForCalls(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /** Resolves once `count` response_url posts arrived; rejects after `timeoutMs`. */
  waitForResponses(count?: number, timeoutMs?: number): Promise<RecordedResponse[]>;
  close(): Promise<void>;
}

/** Starts the fake Web API on 127.0.0.1 with a free port. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const responses: RecordedResponse[] = [];
  const failures: { failure: InjectedFailure; method: string | undefined }[] = [];
  const events = new EventEmitter();
  let connectionsOpenUrl: string | undefined;
  const locales = new Map<string, string>();
  let latencyMs = 0;
  const held = new Map<string, Promise<void>>();
  const arrivals = new Map<string, number>();
  let tsCounter = 0;
  const nextTs = (): string => `1700000000.${String(++tsCounter).padStart(6, '0')}`;

  const answer = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return { ok: true, team_id: SLACK_TEST_IDS.team, user_id: SLACK_TEST_IDS.botUser, bot_id: SLACK_TEST_IDS.bot };
      case 'chat.postMessage': {
        const ts = nextTs();
        return { ok: true, channel: body.channel, ts, message: { ...body, ts, bot_id: SLACK_TEST_IDS.bot } };
      }
      case 'conversations.replies':
        return { ok: true, messages: postedIn(body.channel, body.ts) };
      case 'conversations.history':
        return { ok: true, messages: postedIn(body.channel) };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case 'views.publish':
      case 'views.open':
      case 'views.push':
      case 'views.update':
        return { ok: true, view: { id: `V${String(++tsCounter)}`, ...(body.view as object) } };
      case 'assistant.threads.setStatus':
      case 'assistant.threads.setSuggestedPrompts':
      case 'assistant.threads.setTitle':
        return { ok: true };
      case 'users.info': {
        const id = String(body.user);
        const asked = body.include_locale === true || body.include_locale === 'true';
        return { ok: true, user: { id, name: id.toLowerCase(), ...(asked ? { locale: locales.get(id) ?? 'en-US' } : {}) } };
      }
      case 'apps.connections.open':
        return connectionsOpenUrl === undefined
          ? { ok: false, error: 'socket_mode_not_configured' }
          : { ok: true, url: connectionsOpenUrl };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  // What the bot posted (successfully) in a channel, or in one thread of it, as conversations.* return messages.
  const postedIn = (channel: unknown, threadTs?: unknown): Record<string, unknown>[] =>
    calls
      .filter((c) => c.method === 'chat.postMessage' && c.status === 200 && c.body.channel === channel)
      .filter((c) => threadTs === undefined || c.body.thread_ts === threadTs)
      .map((c) => ({ ...c.body, bot_id: SLACK_TEST_IDS.bot }));

  const takeFailure = (method: string): InjectedFailure | undefined => {
    const index = failures.findIndex((f) => f.method === undefined || f.method === method);
    return index === -1 ? undefined : failures.splice(index, 1)[0]?.failure;
  };

  const server = createServer((req, res) => {
    readBody(req).then(
      (body) => {
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        if (path.startsWith('/response/')) {
          responses.push({ id: decodeURIComponent(path.slice('/response/'.length)), body });
          events.emit('response');
          send(res, 200, { ok: true });
          return;
        }
        if (!path.startsWith('/api/')) {
          send(res, 404, { ok: false, error: 'not_found' });
          return;
        }
        const method = path.slice('/api/'.length);
        const auth = req.headers.authorization;
        const token = auth?.startsWith('Bearer ') ? auth.slice(7) : (body.token as string | undefined);
        const failure = takeFailure(method);
        arrivals.set(method, (arrivals.get(method) ?? 0) + 1);
        events.emit('arrival');
        const delay = latencyMs > 0 ? new Promise((resolve) => setTimeout(resolve, latencyMs)) : undefined;
        void Promise.all([delay, held.get(method)]).then(() => {
          calls.push({ method, token, body, status: failure?.status ?? 200 });
          events.emit('call');
          reply(res, method, body, failure);
        });
      },
      () => send(res, 400, { ok: false, error: 'invalid_body' }),
    );
  });
  const reply = (res: ServerResponse, method: string, body: Record<string, unknown>, failure: InjectedFailure | undefined): void => {
    if (failure?.status === 429) {
      send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfterSeconds) });
    } else if (failure?.status === 500) {
      send(res, 500, { ok: false, error: 'internal_error' });
    } else {
      send(res, 200, answer(method, body));
    }
  };
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

  const waitUntil = <T>(event: string, check: () => T | undefined, timeoutMs: number, what: string): Promise<T> =>
    waitForEvent(events, event, check, timeoutMs, `fake Slack API: timed out waiting for ${what}`);

  const callsTo = (method: string): RecordedCall[] => calls.filter((c) => c.method === method);
  return {
    url: `${base}/api/`,
    calls,
    responses,
    responseUrl: (id = 'r1') => `${base}/response/${encodeURIComponent(id)}`,
    callsTo,
    failNext: (count, failure, method) => {
      for (let i = 0; i < count; i += 1) failures.push({ failure, method });
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    hold: (method) => {
      let release = (): void => undefined;
      held.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(method);
        release();
      };
    },
    setUserLocale: (userId, locale) => {
      locales.set(userId, locale);
    },
    setConnectionsOpenUrl: (url) => {
      connectionsOpenUrl = url;
    },
    waitForCalls: (method, count = 1, timeoutMs = 5000) =>
      waitUntil('call', () => (callsTo(method).length >= count ? callsTo(method) : undefined), timeoutMs, method),
    waitForArrivals: (method, count = 1, timeoutMs = 5000) =>
      waitUntil('arrival', () => ((arrivals.get(method) ?? 0) >= count ? true : undefined), timeoutMs, `${method} to arrive`).then(
        () => undefined,
      ),
    waitForResponses: (count = 1, timeoutMs = 5000) =>
      waitUntil('response', () => (responses.length >= count ? responses : undefined), timeoutMs, 'response_url'),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
