import { createServices, silentLogger, type Services } from '@cobridge/advisor-runtime';
import {
  createSlackRequestSender,
  startFakeSlackApi,
  startFakeSocketMode,
  type FakeSlackApi,
  type FakeSocketMode,
  type SlackRequestSender,
} from '@cobridge/testkit';
import { createSlackApp, type SlackBot } from '../../src/app.js';
import { parseSlackEnv } from '../../src/env.js';

/** The signing secret the HTTP-mode app and the signed requests share. */
export const SIGNING_SECRET = 'test-signing-secret';

/** A running bot wired to the fake Web API, with real services (in-memory question log). */
export interface Harness {
  api: FakeSlackApi;
  services: Services;
  bot: SlackBot;
  close(): Promise<void>;
}

interface HarnessOptions {
  /** Questions per user per minute before the "slow down" reply. */
  perMinute?: number;
  /** Slack user ids allowed to run /cobridge-admin. */
  admins?: string[];
  /** Acknowledge only after the listener ran (default true here; production acknowledges first). */
  processBeforeResponse?: boolean;
}

async function startBot(api: FakeSlackApi, appToken: string | undefined, options: HarnessOptions) {
  const services = await createServices({
    platform: 'slack',
    dbPath: ':memory:',
    logger: silentLogger,
    rateLimit: { perMinute: options.perMinute ?? 1000 },
    admins: options.admins ?? [],
  });
  const env = parseSlackEnv({
    SLACK_BOT_TOKEN: 'xoxb-test-only',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_APP_TOKEN: appToken,
    SLACK_PORT: '0',
    SLACK_API_URL: api.url,
  });
  const bot = createSlackApp({
    env,
    services,
    processBeforeResponse: options.processBeforeResponse ?? true,
    host: '127.0.0.1',
    webApiRetries: 0,
  });
  const port = await bot.start();
  return { services, bot, port };
}

/** The bot in HTTP mode on 127.0.0.1, plus a sender of signed requests to its `/slack/events`. */
export async function startHttpHarness(options: HarnessOptions = {}): Promise<Harness & { sender: SlackRequestSender }> {
  const api = await startFakeSlackApi();
  const { services, bot, port } = await startBot(api, undefined, options);
  const sender = createSlackRequestSender(`http://127.0.0.1:${String(port)}/slack/events`, SIGNING_SECRET);
  return {
    api,
    services,
    bot,
    sender,
    async close() {
      await bot.stop();
      await api.close();
      await services.close();
    },
  };
}

/** The bot in Socket Mode, connected to the fake Socket Mode server. */
export async function startSocketHarness(options: HarnessOptions = {}): Promise<Harness & { socket: FakeSocketMode }> {
  const api = await startFakeSlackApi();
  const socket = await startFakeSocketMode(api);
  const { services, bot } = await startBot(api, 'xapp-test-only', options);
  await socket.connected();
  return {
    api,
    services,
    bot,
    socket,
    async close() {
      await bot.stop();
      await socket.close();
      await api.close();
      await services.close();
    },
  };
}
