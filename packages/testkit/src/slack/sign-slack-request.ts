import { createHmac } from 'node:crypto';

/** Headers that make a request look signed by Slack: `v0=` HMAC-SHA256 of `v0:{timestamp}:{body}`. */
export function signSlackRequest(signingSecret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac('sha256', signingSecret)
    .update(`v0:${String(timestamp)}:${body}`)
    .digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

/** How to send one request: override the secret or timestamp to test rejection, add retry headers. */
export interface SendOptions {
  signingSecret?: string;
  timestamp?: number;
  retryNum?: number;
  retryReason?: string;
}

/** What the app answered. */
export interface SlackHttpReply {
  status: number;
  body: string;
}

/** Sends signed Events API, slash command and interactivity requests to an app's endpoint. */
export interface SlackRequestSender {
  event(payload: Record<string, unknown>, options?: SendOptions): Promise<SlackHttpReply>;
  command(fields: Record<string, string>, options?: SendOptions): Promise<SlackHttpReply>;
  interaction(payload: Record<string, unknown>, options?: SendOptions): Promise<SlackHttpReply>;
}

/** A sender for `url` (e.g. `http://127.0.0.1:<port>/slack/events`) signing with `signingSecret`. */
export function createSlackRequestSender(url: string, signingSecret: string): SlackRequestSender {
  const post = async (body: string, contentType: string, options: SendOptions = {}): Promise<SlackHttpReply> => {
    const headers: Record<string, string> = {
      'content-type': contentType,
      ...signSlackRequest(options.signingSecret ?? signingSecret, body, options.timestamp),
    };
    if (options.retryNum !== undefined) headers['x-slack-retry-num'] = String(options.retryNum);
    if (options.retryReason !== undefined) headers['x-slack-retry-reason'] = options.retryReason;
    const response = await fetch(url, { method: 'POST', headers, body });
    return { status: response.status, body: await response.text() };
  };
  const form = 'application/x-www-form-urlencoded';
  return {
    event: (payload, options) => post(JSON.stringify(payload), 'application/json', options),
    command: (fields, options) => post(new URLSearchParams(fields).toString(), form, options),
    interaction: (payload, options) => post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form, options),
  };
}
