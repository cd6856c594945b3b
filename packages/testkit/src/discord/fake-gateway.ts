import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { WebSocket, type WebSocketServer } from 'ws';
import type { FakeDiscordIdentity } from './identity.js';
import { guildCreatePayload, readyPayload } from './session-payloads.js';

/** Gateway opcodes the fake speaks. */
export const DiscordGatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

interface Session {
  id: string;
  seq: number;
  socket: WebSocket | null;
}

interface GatewayFrame {
  op: number;
  d?: unknown;
}

/**
 * The gateway half of the fake: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME, dispatches.
 * Emits `identify` (the IDENTIFY data), `ready`, `resumed` and `heartbeat` so tests can wait for them.
 */
export class FakeGateway extends EventEmitter {
  /** Every IDENTIFY payload received, in order. */
  readonly identifies: Record<string, unknown>[] = [];
  /** How many RESUMEs were accepted. */
  resumes = 0;
  readonly #sessions = new Map<string, Session>();

  constructor(
    private readonly identity: FakeDiscordIdentity,
    private readonly resumeUrl: () => string,
    private readonly heartbeatInterval: number,
  ) {
    super();
  }

  /** Serves connections from a `ws` server. */
  attach(server: WebSocketServer): void {
    server.on('connection', (socket) => {
      let session: Session | null = null;
      socket.send(JSON.stringify({ op: DiscordGatewayOp.Hello, d: { heartbeat_interval: this.heartbeatInterval } }));
      socket.on('message', (raw) => {
        const frame = JSON.parse(String(raw)) as GatewayFrame;
        session = this.#onFrame(socket, session, frame);
      });
      socket.on('close', () => {
        if (session?.socket === socket) session.socket = null;
      });
    });
  }

  #onFrame(socket: WebSocket, session: Session | null, frame: GatewayFrame): Session | null {
    const data = (frame.d ?? {}) as Record<string, unknown>;
    switch (frame.op) {
      case DiscordGatewayOp.Heartbeat:
        socket.send(JSON.stringify({ op: DiscordGatewayOp.HeartbeatAck }));
        this.emit('heartbeat');
        return session;
      case DiscordGatewayOp.Identify: {
        this.identifies.push(data);
        this.emit('identify', data);
        const created: Session = { id: randomUUID(), seq: 0, socket };
        this.#sessions.set(created.id, created);
        const shard = (data.shard as [number, number] | undefined) ?? [0, 1];
        this.#send(created, 'READY', readyPayload(this.identity, created.id, this.resumeUrl(), shard));
        this.#send(created, 'GUILD_CREATE', guildCreatePayload(this.identity));
        this.emit('ready', created.id);
        return created;
      }
      case DiscordGatewayOp.Resume: {
        const resumed = this.#sessions.get(String(data.session_id));
        if (!resumed) {
          socket.send(JSON.stringify({ op: DiscordGatewayOp.InvalidSession, d: false }));
          return session;
        }
        resumed.socket = socket;
        this.resumes += 1;
        this.#send(resumed, 'RESUMED', {});
        this.emit('resumed', resumed.id);
        return resumed;
      }
      default:
        return session;
    }
  }

  #send(session: Session, event: string, data: unknown): void {
    session.seq += 1;
    session.socket?.send(JSON.stringify({ op: DiscordGatewayOp.Dispatch, t: event, s: session.seq, d: data }));
  }

  /** Dispatches an event to every connected session; returns how many received it. */
  dispatch(event: string, data: unknown): number {
    let sent = 0;
    for (const session of this.#sessions.values()) {
      if (session.socket?.readyState !== WebSocket.OPEN) continue;
      this.#send(session, event, data);
      sent += 1;
    }
    return sent;
  }

  /** Closes every open connection with `code`: 4000 makes discord.js resume, 1000 makes it identify again. */
  dropConnections(code = 4000): void {
    for (const session of this.#sessions.values()) session.socket?.close(code, 'dropped by the fake');
  }

  /** Asks every connected client to reconnect (opcode 7), as Discord does before maintenance. */
  requestReconnect(): void {
    const frame = JSON.stringify({ op: DiscordGatewayOp.Reconnect, d: null });
    for (const session of this.#sessions.values()) session.socket?.send(frame);
  }
}
