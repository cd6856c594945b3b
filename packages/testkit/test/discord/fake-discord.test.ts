import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { FakeDiscord, messageCreatePayload, slashCommandPayload, DEFAULT_DISCORD_IDENTITY } from '../../src/discord/index.js';

interface Frame {
  op: number;
  t?: string;
  s?: number;
  d?: Record<string, unknown> | null | boolean;
}

/** A raw gateway client: queues frames so tests can read them in order. */
async function connect(
  url: string,
): Promise<{ next: () => Promise<Frame>; send: (frame: object) => void; closed: Promise<number>; socket: WebSocket }> {
  const socket = new WebSocket(url);
  const queue: Frame[] = [];
  const waiting: ((frame: Frame) => void)[] = [];
  socket.on('message', (raw) => {
    const frame = JSON.parse(String(raw)) as Frame;
    const waiter = waiting.shift();
    if (waiter) waiter(frame);
    else queue.push(frame);
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return {
    next: () => new Promise((resolve) => (queue.length > 0 ? resolve(queue.shift() as Frame) : waiting.push(resolve))),
    send: (frame) => socket.send(JSON.stringify(frame)),
    closed,
    socket,
  };
}

let fake: FakeDiscord;
beforeEach(async () => {
  fake = await FakeDiscord.start();
});
afterEach(async () => {
  await fake.close();
});

async function api(method: string, route: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${fake.apiUrl}/v10${route}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? undefined : JSON.parse(text) };
}

describe('FakeDiscord REST', () => {
  it('points GET /gateway/bot at its own gateway and records the call', async () => {
    const { status, json } = await api('GET', '/gateway/bot');
    expect(status).toBe(200);
    expect(json).toMatchObject({ url: `ws://127.0.0.1:${fake.port}/gateway`, shards: 1 });
    expect(fake.calls).toEqual([expect.objectContaining({ method: 'GET', route: '/gateway/bot' })]);
  });

  it('answers unknown routes with a 404 JSON error', async () => {
    const { status, json } = await api('GET', '/guilds/1/bans');
    expect(status).toBe(404);
    expect(json).toEqual({ message: '404: Not Found', code: 0 });
  });

  it('answers interaction callbacks with 204 and webhook edits of @original with a message', async () => {
    const callback = await api('POST', '/interactions/123/tok/callback?with_response=false', { type: 4, data: { content: 'hi' } });
    expect(callback.status).toBe(204);
    const edit = await api('PATCH', '/webhooks/1/tok/messages/%40original', { content: 'edited' });
    expect(edit.json).toMatchObject({ content: 'edited' });
    expect(fake.calls[1]).toMatchObject({ method: 'PATCH', route: '/webhooks/1/tok/messages/@original' });
  });

  it('refuses a second callback to one interaction as Discord does (40060), and counts the answer shown once', async () => {
    const first = await api('POST', '/interactions/124/tok2/callback', { type: 4, data: { content: 'hi' } });
    const second = await api('POST', '/interactions/124/tok2/callback', { type: 4, data: { content: 'hi' } });
    expect(first.status).toBe(204);
    expect(second.status).toBe(400);
    expect(second.json).toEqual({ message: 'Interaction has already been acknowledged.', code: 40060 });
    const sent = { id: '124', token: 'tok2' };
    expect(fake.responsesTo(sent).map((c) => c.status)).toEqual([204, 400]);
    expect(fake.answersShown(sent)).toHaveLength(1);
  });

  it('counts a deferral filled in by two edits of @original as one answer, and a follow-up as another', async () => {
    await api('POST', '/interactions/125/tok3/callback', { type: 5 });
    await api('PATCH', '/webhooks/1/tok3/messages/%40original', { content: 'answer' });
    await api('PATCH', '/webhooks/1/tok3/messages/%40original', { content: 'answer' });
    expect(fake.answersShown({ id: '125', token: 'tok3' })).toHaveLength(1);
    await api('POST', '/webhooks/1/tok3', { content: 'more' });
    expect(fake.answersShown({ id: '125', token: 'tok3' })).toHaveLength(2);
  });

  it('stores commands registered with PUT per scope', async () => {
    await api('PUT', `/applications/1/guilds/55/commands`, [{ name: 'ask', description: 'Ask' }]);
    const listed = await api('GET', `/applications/1/guilds/55/commands`);
    expect(listed.json).toEqual([expect.objectContaining({ name: 'ask', guild_id: '55' })]);
    expect(fake.commands.get('global')).toBeUndefined();
  });

  it('waits for a call that has not arrived yet', async () => {
    const waited = fake.waitForCall((call) => call.route === '/users/@me');
    await api('GET', '/users/%40me');
    await expect(waited).resolves.toMatchObject({ method: 'GET' });
  });
});

describe('FakeDiscord gateway', () => {
  it('says HELLO, acks heartbeats and answers IDENTIFY with READY then GUILD_CREATE', async () => {
    const client = await connect(`ws://127.0.0.1:${fake.port}/gateway?v=10&encoding=json`);
    expect(await client.next()).toMatchObject({ op: 10, d: { heartbeat_interval: 41_250 } });
    client.send({ op: 1, d: null });
    expect(await client.next()).toEqual({ op: 11 });
    client.send({ op: 2, d: { token: 'test', intents: 1, properties: {} } });
    const ready = await client.next();
    expect(ready).toMatchObject({ op: 0, t: 'READY', s: 1, d: { resume_gateway_url: `ws://127.0.0.1:${fake.port}/gateway` } });
    expect(await client.next()).toMatchObject({ t: 'GUILD_CREATE', s: 2, d: { id: DEFAULT_DISCORD_IDENTITY.guildId } });
    expect(fake.gateway.identifies).toEqual([expect.objectContaining({ intents: 1 })]);

    const sent = fake.slashCommand('ask', { question: 'who pays?' });
    const dispatch = await client.next();
    expect(dispatch).toMatchObject({ t: 'INTERACTION_CREATE', s: 3, d: { id: sent.id, type: 2, data: { name: 'ask' } } });
    expect(dispatch.d).toHaveProperty('authorizing_integration_owners');
    client.socket.close();
  });

  it('drops a connection and lets the client RESUME its session', async () => {
    const first = await connect(`ws://127.0.0.1:${fake.port}/gateway`);
    await first.next();
    first.send({ op: 2, d: { token: 'test', intents: 1, properties: {} } });
    const ready = await first.next();
    await first.next();
    fake.gateway.dropConnections(4000);
    expect(await first.closed).toBe(4000);

    const second = await connect(`ws://127.0.0.1:${fake.port}/gateway`);
    await second.next();
    second.send({ op: 6, d: { token: 'test', session_id: (ready.d as { session_id: string }).session_id, seq: 2 } });
    expect(await second.next()).toMatchObject({ op: 0, t: 'RESUMED', s: 3 });
    expect(fake.gateway.resumes).toBe(1);
    second.send({ op: 6, d: { token: 'test', session_id: 'unknown', seq: 1 } });
    expect(await second.next()).toEqual({ op: 9, d: false });
    second.socket.close();
  });
});

describe('slashCommandPayload', () => {
  it('nests options under a subcommand when the name has two words', () => {
    const payload = slashCommandPayload(DEFAULT_DISCORD_IDENTITY, 'admin stats', { days: 7 });
    expect(payload.data).toMatchObject({
      name: 'admin',
      options: [{ name: 'stats', type: 1, options: [{ name: 'days', type: 4, value: 7 }] }],
    });
  });
});

describe('messageCreatePayload', () => {
  it('lists user and role mentions and flags @everyone like Discord', () => {
    const payload = messageCreatePayload(DEFAULT_DISCORD_IDENTITY, `<@${DEFAULT_DISCORD_IDENTITY.botUserId}> hi <@&456> @everyone`);
    expect(payload).toMatchObject({
      mentions: [expect.objectContaining({ id: DEFAULT_DISCORD_IDENTITY.botUserId, bot: true })],
      mention_roles: ['456'],
      mention_everyone: true,
      guild_id: DEFAULT_DISCORD_IDENTITY.guildId,
    });
  });

  it('builds DMs without a guild', () => {
    const payload = messageCreatePayload(DEFAULT_DISCORD_IDENTITY, 'hello', { dm: true });
    expect(payload).not.toHaveProperty('guild_id');
    expect(payload).toMatchObject({ mention_everyone: false, author: { id: DEFAULT_DISCORD_IDENTITY.userId } });
  });
});
