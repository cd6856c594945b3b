import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startFakeSlackApi, type FakeSlackApi } from '../../src/slack/fake-slack-api.js';
import { startFakeSocketMode, type FakeSocketMode } from '../../src/slack/fake-socket-mode.js';

describe('fake Socket Mode server', () => {
  let api: FakeSlackApi;
  let socketMode: FakeSocketMode;
  beforeEach(async () => {
    api = await startFakeSlackApi();
    socketMode = await startFakeSocketMode(api);
  });
  afterEach(async () => {
    await socketMode.close();
    await api.close();
  });

  it('says hello, pushes envelopes and resolves each with its ack', async () => {
    const open = (await (await fetch(`${api.url}apps.connections.open`, { method: 'POST' })).json()) as { url: string };
    const client = new WebSocket(open.url);
    const hello = new Promise<Record<string, unknown>>((resolve) => {
      client.once('message', (data) => resolve(JSON.parse(String(data)) as Record<string, unknown>));
    });
    client.on('message', (data) => {
      const envelope = JSON.parse(String(data)) as { envelope_id?: string; type: string };
      if (envelope.type === 'slash_commands') {
        client.send(JSON.stringify({ envelope_id: envelope.envelope_id, payload: { text: 'pong' } }));
      }
    });
    await socketMode.connected();
    expect(await hello).toMatchObject({ type: 'hello', connection_info: { app_id: 'A0COBRIDGE' } });

    const ack = await socketMode.send('slash_commands', { command: '/cobridge', text: 'ping' });
    expect(ack).toEqual({ envelope_id: 'env-1', payload: { text: 'pong' } });
    expect(socketMode.acks).toHaveLength(1);
    await expect(socketMode.send('events_api', {}, { timeoutMs: 50 })).rejects.toThrow(/no ack for env-2/);
    client.close();
  });

  it('refuses to send before an app connects', async () => {
    await expect(socketMode.send('events_api', {})).rejects.toThrow(/no app connected/);
  });
});
