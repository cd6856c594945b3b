import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeSlackApi } from './fake-slack-api.js';
import { SLACK_TEST_IDS } from './slack-test-ids.js';

/** The envelope types Socket Mode delivers. */
export type EnvelopeType = 'events_api' | 'slash_commands' | 'interactive';

/** What the app sent back for an envelope: `payload` is the ack body (e.g. an ephemeral slash response). */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/** A fake Socket Mode server: says hello, pushes envelopes and collects acks. */
export interface FakeSocketMode {
  /** Resolves once an app has connected and been sent `hello`. */
  connected(): Promise<void>;
  /** Pushes one envelope to the connected app; resolves with its ack (rejects after `timeoutMs`). */
  send(type: EnvelopeType, payload: Record<string, unknown>, options?: { retryAttempt?: number; timeoutMs?: number }): Promise<SocketAck>;
  readonly acks: SocketAck[];
  close(): Promise<void>;
}

/** Starts a Socket Mode WebSocket server on 127.0.0.1 and points `api`'s `apps.connections.open` at it. */
export async function startFakeSocketMode(api: FakeSlackApi): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  api.setConnectionsOpenUrl(`ws://127.0.0.1:${String((server.address() as AddressInfo).port)}/link/?ticket=test`);

  const acks: SocketAck[] = [];
  const waiting = new Map<string, (ack: SocketAck) => void>();
  let socket: WebSocket | undefined;
  let envelopeCounter = 0;
  const firstConnection = new Promise<void>((resolve) => {
    server.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => {
        const ack = JSON.parse(String(data)) as SocketAck;
        acks.push(ack);
        waiting.get(ack.envelope_id)?.(ack);
        waiting.delete(ack.envelope_id);
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake', approximate_connection_time: 3600 },
          connection_info: { app_id: SLACK_TEST_IDS.app },
        }),
      );
      resolve();
    });
  });

  return {
    acks,
    connected: () => firstConnection,
    send: (type, payload, options = {}) => {
      const current = socket;
      if (current === undefined) return Promise.reject(new Error('fake Socket Mode: no app connected'));
      envelopeCounter += 1;
      const envelopeId = `env-${String(envelopeCounter)}`;
      return new Promise<SocketAck>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(envelopeId);
          reject(new Error(`fake Socket Mode: no ack for ${envelopeId}`));
        }, options.timeoutMs ?? 5000);
        waiting.set(envelopeId, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
        current.send(
          JSON.stringify({
            envelope_id: envelopeId,
            type,
            accepts_response_payload: type !== 'events_api',
            retry_attempt: options.retryAttempt ?? 0,
            retry_reason: options.retryAttempt ? 'timeout' : '',
            payload,
          }),
        );
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const client of server.clients) client.terminate();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
