import { type FakeDiscordIdentity, nextSnowflake, userPayload } from './identity.js';
import { messageObject } from './event-payloads.js';

/** One REST request the fake received; `route` is the decoded path after `/api/v10`. */
export interface DiscordRequest {
  method: string;
  route: string;
  query: Record<string, string>;
  /** Parsed JSON body, the raw text for other content types, or undefined when empty. */
  body: unknown;
  authorization: string | undefined;
}

/** A request the fake received, with the status it answered (a refused second callback is recorded too). */
export interface DiscordCall extends DiscordRequest {
  status: number;
}

/** What the fake answers: a status and an optional JSON body. */
export interface DiscordRestResponse {
  status: number;
  body?: unknown;
}

/** State the routes read and write: the identity, the gateway URL and registered commands by scope. */
export interface DiscordRestContext {
  identity: FakeDiscordIdentity;
  gatewayUrl: string;
  /** Registered application commands: key `global` or a guild id. */
  commands: Map<string, unknown[]>;
  /** Messages the bot posted to channels, oldest first. */
  posted: Record<string, unknown>[];
  /** Interactions already given their one callback: Discord refuses a second one. */
  acknowledged: Set<string>;
}

type Handler = (ctx: DiscordRestContext, params: string[], call: DiscordRequest) => DiscordRestResponse;

function asObject(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

function replyMessage(ctx: DiscordRestContext, channelId: string, call: DiscordRequest): DiscordRestResponse {
  return { status: 200, body: messageObject(ctx.identity, { ...asObject(call.body), channel_id: channelId }) };
}

function putCommands(ctx: DiscordRestContext, scope: string, call: DiscordRequest): DiscordRestResponse {
  const list = Array.isArray(call.body) ? call.body : [];
  const saved = list.map((command) => ({
    type: 1,
    ...asObject(command),
    id: nextSnowflake(),
    application_id: ctx.identity.applicationId,
    version: nextSnowflake(),
    ...(scope === 'global' ? {} : { guild_id: scope }),
  }));
  ctx.commands.set(scope, saved);
  return { status: 200, body: saved };
}

/** What Discord answers a second callback to one interaction. */
const ALREADY_ACKNOWLEDGED = { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };

function callback(ctx: DiscordRestContext, params: string[], call: DiscordRequest): DiscordRestResponse {
  const id = params[0] as string;
  if (ctx.acknowledged.has(id)) return ALREADY_ACKNOWLEDGED;
  ctx.acknowledged.add(id);
  if (call.query.with_response !== 'true') return { status: 204 };
  const body = asObject(call.body);
  const message = messageObject(ctx.identity, asObject(body.data));
  return {
    status: 200,
    body: {
      interaction: {
        id: params[0],
        type: 2,
        response_message_id: message.id,
        response_message_loading: body.type === 5,
        response_message_ephemeral: false,
      },
      resource: { type: body.type, message },
    },
  };
}

function postMessage(ctx: DiscordRestContext, channelId: string, call: DiscordRequest): DiscordRestResponse {
  const reply = replyMessage(ctx, channelId, call);
  ctx.posted.push(reply.body as Record<string, unknown>);
  return reply;
}

// Newest first, as Discord lists a channel's messages.
const listMessages = (ctx: DiscordRestContext, channelId: string): DiscordRestResponse => ({
  status: 200,
  body: ctx.posted.filter((m) => m.channel_id === channelId).reverse(),
});

const SESSION_START_LIMIT = { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: 1 };
const listCommands = (ctx: DiscordRestContext, scope: string): DiscordRestResponse => ({
  status: 200,
  body: ctx.commands.get(scope) ?? [],
});

const ROUTES: [method: string, pattern: RegExp, handler: Handler][] = [
  [
    'GET',
    /^\/gateway\/bot$/,
    (ctx) => ({
      status: 200,
      body: { url: ctx.gatewayUrl, shards: 1, session_start_limit: SESSION_START_LIMIT },
    }),
  ],
  ['GET', /^\/gateway$/, (ctx) => ({ status: 200, body: { url: ctx.gatewayUrl } })],
  ['GET', /^\/users\/@me$/, (ctx) => ({ status: 200, body: userPayload(ctx.identity, ctx.identity.botUserId) })],
  ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, callback],
  ['POST', /^\/webhooks\/\d+\/[^/]+$/, (ctx, _p, call) => replyMessage(ctx, ctx.identity.channelId, call)],
  ['PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/, (ctx, _p, call) => replyMessage(ctx, ctx.identity.channelId, call)],
  ['GET', /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/, (ctx, _p, call) => replyMessage(ctx, ctx.identity.channelId, call)],
  ['DELETE', /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/, () => ({ status: 204 })],
  ['POST', /^\/channels\/(\d+)\/messages$/, (ctx, params, call) => postMessage(ctx, params[0] as string, call)],
  ['GET', /^\/channels\/(\d+)\/messages$/, (ctx, params) => listMessages(ctx, params[0] as string)],
  ['POST', /^\/channels\/\d+\/typing$/, () => ({ status: 204 })],
  ['PUT', /^\/applications\/\d+\/commands$/, (ctx, _p, call) => putCommands(ctx, 'global', call)],
  ['PUT', /^\/applications\/\d+\/guilds\/(\d+)\/commands$/, (ctx, params, call) => putCommands(ctx, params[0] as string, call)],
  ['GET', /^\/applications\/\d+\/commands$/, (ctx) => listCommands(ctx, 'global')],
  ['GET', /^\/applications\/\d+\/guilds\/(\d+)\/commands$/, (ctx, params) => listCommands(ctx, params[0] as string)],
];

/** Answers one REST call like Discord would, or with a 404 JSON error for routes the fake does not know. */
export function answerRestCall(ctx: DiscordRestContext, call: DiscordRequest): DiscordRestResponse {
  for (const [method, pattern, handler] of ROUTES) {
    const match = method === call.method ? pattern.exec(call.route) : null;
    if (match) return handler(ctx, match.slice(1), call);
  }
  return { status: 404, body: { message: '404: Not Found', code: 0 } };
}
