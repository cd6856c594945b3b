import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { DEFAULT_DISCORD_IDENTITY, type FakeDiscordIdentity } from './identity.js';
import { FakeGateway } from './fake-gateway.js';
import { answerRestCall, type DiscordCall, type DiscordRequest, type DiscordRestContext } from './rest-routes.js';
import {
  autocompletePayload,
  buttonPayload,
  messageCreatePayload,
  selectMenuPayload,
  slashCommandPayload,
  type DiscordOptionValue,
  type DiscordOrigin,
} from './event-payloads.js';

/** Options for {@link FakeDiscord.start}. */
export interface FakeDiscordOptions {
  identity?: Partial<FakeDiscordIdentity>;
  /** Milliseconds between client heartbeats announced in HELLO (default 41 250, like Discord). */
  heartbeatInterval?: number;
}

/** The id and token of an interaction the fake sent, to find the bot's answer to it. */
export interface SentInteraction {
  id: string;
  token: string;
}

const API_PREFIX = '/api/v10';
const NOT_FOUND = { status: 404, body: { message: '404: Not Found', code: 0 } };

/** True when `call` answers `interaction`: its callback, or a webhook call made with its token (refused ones too). */
function answers(call: DiscordCall, interaction: SentInteraction): boolean {
  return call.route.startsWith(`/interactions/${interaction.id}/`) || call.route.includes(`/${interaction.token}`);
}

/** Discord's interaction callback type for "thinking…": a deferral the answer later fills in. */
const DEFERRED_CALLBACK = 5;
const isDeferral = (call: DiscordCall): boolean =>
  call.route.endsWith('/callback') && (call.body as { type?: unknown } | undefined)?.type === DEFERRED_CALLBACK;

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  return request.headers['content-type']?.includes('application/json') ? (JSON.parse(text) as unknown) : text;
}

/**
 * A fake Discord on 127.0.0.1: REST under `/api/v10` and a gateway on `/gateway`, recording every REST call.
 * Point discord.js at it with `rest: { api: fake.apiUrl }`; the gateway URL comes from `GET /gateway/bot`.
 */
export class FakeDiscord {
  /** Every REST call, in arrival order. */
  readonly calls: DiscordCall[] = [];
  readonly identity: FakeDiscordIdentity;
  readonly gateway: FakeGateway;
  readonly #server: Server;
  readonly #sockets: WebSocketServer;
  readonly #rest: DiscordRestContext;
  readonly #waiters = new Set<() => void>();

  private constructor(options: FakeDiscordOptions) {
    this.identity = { ...DEFAULT_DISCORD_IDENTITY, ...options.identity };
    this.#server = createServer((request, response) => {
      this.#handle(request, response).catch(() => {
        const body = JSON.stringify({ message: 'The request body contains invalid JSON.', code: 50109 });
        response.writeHead(400, { 'content-type': 'application/json' }).end(body);
      });
    });
    this.#sockets = new WebSocketServer({ server: this.#server, path: '/gateway' });
    this.#rest = { identity: this.identity, gatewayUrl: '', commands: new Map(), posted: [], acknowledged: new Set() };
    this.gateway = new FakeGateway(this.identity, () => this.#rest.gatewayUrl, options.heartbeatInterval ?? 41_250);
    this.gateway.attach(this.#sockets);
  }

  /** Starts a fake on 127.0.0.1 with a free port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.#server.listen(0, '127.0.0.1');
    await once(fake.#server, 'listening');
    fake.#rest.gatewayUrl = `ws://127.0.0.1:${fake.port}/gateway`;
    return fake;
  }

  /** The port the fake listens on. */
  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** The REST base for discord.js's `rest.api` option (the client appends `/v10`). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Application commands registered through PUT, by scope: `global` or a guild id. */
  get commands(): ReadonlyMap<string, unknown[]> {
    return this.#rest.commands;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(request);
    const path = decodeURIComponent(url.pathname);
    const call: DiscordRequest = {
      method: request.method ?? 'GET',
      route: path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: request.headers.authorization,
    };
    const answer = path.startsWith(API_PREFIX) ? answerRestCall(this.#rest, call) : NOT_FOUND;
    this.calls.push({ ...call, status: answer.status });
    if (answer.body === undefined) {
      response.writeHead(answer.status).end();
    } else {
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    }
    for (const wake of this.#waiters) wake();
  }

  /** Resolves with the first recorded call matching `predicate`, waiting for it if needed. */
  waitForCall(predicate: (call: DiscordCall) => boolean, timeoutMs = 5_000): Promise<DiscordCall> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.calls.find(predicate);
        if (found) {
          this.#waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        }
        return found !== undefined;
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`no matching REST call; got: ${this.calls.map((c) => `${c.method} ${c.route}`).join(', ')}`));
      }, timeoutMs);
      if (!check()) this.#waiters.add(check);
    });
  }

  /** Resolves with the bot's first answer to an interaction: its callback or a webhook call with its token. */
  waitForResponse(interaction: SentInteraction, timeoutMs?: number): Promise<DiscordCall> {
    return this.waitForCall((call) => answers(call, interaction), timeoutMs);
  }

  /** Every recorded call that answers `interaction`, in order (callback, then follow-ups and edits). */
  responsesTo(interaction: SentInteraction): DiscordCall[] {
    return this.calls.filter((call) => answers(call, interaction));
  }

  /**
   * The accepted calls that show the asker an answer to `interaction`: a reply, the edit that fills in a deferral, or a
   * follow-up. Refused calls, the deferral itself ("thinking…"), deletions and repeated edits of one message do not count.
   */
  answersShown(interaction: SentInteraction): DiscordCall[] {
    const edited = new Set<string>();
    return this.responsesTo(interaction).filter((call) => {
      if (call.status >= 400 || call.method === 'DELETE' || isDeferral(call)) return false;
      if (call.method !== 'PATCH') return true;
      if (edited.has(call.route)) return false;
      edited.add(call.route);
      return true;
    });
  }

  #interact(payload: Record<string, unknown>): SentInteraction {
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return { id: payload.id as string, token: payload.token as string };
  }

  /** Dispatches a slash command; options' JS types pick their Discord option types. */
  slashCommand(name: string, options?: Record<string, DiscordOptionValue>, origin?: DiscordOrigin): SentInteraction {
    return this.#interact(slashCommandPayload(this.identity, name, options, origin));
  }

  /** Dispatches an autocomplete request for the `focused` option of command `name`. */
  autocomplete(name: string, focused: { name: string; value: string }, origin?: DiscordOrigin): SentInteraction {
    return this.#interact(autocompletePayload(this.identity, name, focused, {}, origin));
  }

  /** Dispatches a click on the button with `customId`. */
  clickButton(customId: string, origin?: DiscordOrigin): SentInteraction {
    return this.#interact(buttonPayload(this.identity, customId, origin));
  }

  /** Dispatches a string-select choice. */
  selectMenu(customId: string, values: string[], origin?: DiscordOrigin): SentInteraction {
    return this.#interact(selectMenuPayload(this.identity, customId, values, origin));
  }

  /** Dispatches MESSAGE_CREATE with `content`; returns the message's id and channel id. */
  sendMessage(content: string, origin?: DiscordOrigin & { bot?: boolean }): { id: string; channelId: string } {
    const payload = messageCreatePayload(this.identity, content, origin);
    this.gateway.dispatch('MESSAGE_CREATE', payload);
    return { id: payload.id as string, channelId: payload.channel_id as string };
  }

  /** Closes every socket and the server. */
  async close(): Promise<void> {
    for (const socket of this.#sockets.clients) socket.terminate();
    await new Promise<void>((resolve) => this.#sockets.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
