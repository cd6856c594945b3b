import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createSlackRequestSender, signSlackRequest } from '../../src/slack/sign-slack-request.js';
import { buildBlockActions, buildEventCallback, buildSlashCommand } from '../../src/slack/slack-payloads.js';

describe('signSlackRequest', () => {
  it('signs v0:{timestamp}:{body} with HMAC-SHA256 of the signing secret', () => {
    const headers = signSlackRequest('secret', 'a=1', 1700000000);
    const expected = createHmac('sha256', 'secret').update('v0:1700000000:a=1').digest('hex');
    expect(headers).toEqual({ 'x-slack-request-timestamp': '1700000000', 'x-slack-signature': `v0=${expected}` });
  });
});

describe('createSlackRequestSender', () => {
  it('posts events as JSON, commands and interactions as forms, with retry headers when asked', async () => {
    const seen: { headers: IncomingMessage['headers']; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        res.end('ok');
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/slack/events`;
      const sender = createSlackRequestSender(url, 'secret');
      const event = buildEventCallback({ type: 'app_mention', text: 'hi', ts: '1.1' }, { eventId: 'Ev1' });
      expect(await sender.event(event, { retryNum: 1, retryReason: 'http_timeout' })).toEqual({ status: 200, body: 'ok' });
      await sender.command(buildSlashCommand({ text: 'help', responseUrl: 'http://127.0.0.1/response/1' }));
      await sender.interaction(buildBlockActions({ actionId: 'a', value: 'v', responseUrl: 'http://127.0.0.1/r' }));

      const [eventReq, commandReq, actionReq] = seen;
      expect(JSON.parse(eventReq?.body ?? '')).toMatchObject({ type: 'event_callback', event_id: 'Ev1' });
      expect(eventReq?.headers['x-slack-retry-num']).toBe('1');
      expect(eventReq?.headers['x-slack-retry-reason']).toBe('http_timeout');
      const ts = eventReq?.headers['x-slack-request-timestamp'] as string;
      expect(eventReq?.headers['x-slack-signature']).toBe(
        signSlackRequest('secret', eventReq?.body ?? '', Number(ts))['x-slack-signature'],
      );
      expect(new URLSearchParams(commandReq?.body).get('command')).toBe('/cobridge');
      const payload = JSON.parse(new URLSearchParams(actionReq?.body).get('payload') ?? '{}') as Record<string, unknown>;
      expect(payload).toMatchObject({ type: 'block_actions', actions: [{ action_id: 'a', value: 'v' }] });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
