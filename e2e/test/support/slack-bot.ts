import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, type LogLevel, type Services } from '@cobridge/advisor-runtime';
import { createSlackApp, parseSlackEnv, type SlackBot } from '@cobridge/slack-bot';
import { createSlackRequestSender, startFakeSlackApi, type FakeSlackApi, type SlackRequestSender } from '@cobridge/testkit';
import { FAKE_SECRETS } from './fake-secrets.js';
import { captureLogger, type CapturedLogger } from './log-capture.js';

/** How to start the Slack bot under test. */
export interface SlackBotOptions {
  /** Questions per user per minute (default: high enough never to limit). */
  perMinute?: number;
  admins?: string[];
  /** Keep the question log in a temporary SQLite file instead of memory. */
  fileDb?: boolean;
  /** Acknowledge after the listener ran (default true; the production default is false). */
  processBeforeResponse?: boolean;
  webApiRetries?: number;
  logLevel?: LogLevel;
  /** Serve this knowledge folder and model instead of the shipped ones. */
  knowledge?: { dir: string; modelPath: string };
  /** Replaces the services the app sees (e.g. to make `ask` throw). */
  wrap?: (services: Services) => Services;
}

/** The real Bolt app in HTTP mode on 127.0.0.1, wired to a fake Web API, with its logs captured. */
export interface RunningSlackBot {
  api: FakeSlackApi;
  services: Services;
  bot: SlackBot;
  sender: SlackRequestSender;
  log: CapturedLogger;
  /** The SQLite file of the question log, when `fileDb` was set. */
  dbPath: string | undefined;
  close(): Promise<void>;
}

/** Starts the fake Web API, real services and the real Bolt app. */
export async function startSlackBot(options: SlackBotOptions = {}): Promise<RunningSlackBot> {
  const api = await startFakeSlackApi();
  const log = captureLogger(options.logLevel ?? 'info');
  const dir = options.fileDb ? mkdtempSync(join(tmpdir(), 'cobridge-e2e-')) : undefined;
  const dbPath = dir === undefined ? undefined : join(dir, 'questions.db');
  const services = await createServices({
    platform: 'slack',
    dbPath: dbPath ?? ':memory:',
    logger: log.logger,
    rateLimit: { perMinute: options.perMinute ?? 100_000 },
    admins: options.admins ?? [],
    ...(options.knowledge ? { knowledgeDir: options.knowledge.dir, modelPath: options.knowledge.modelPath } : {}),
  });
  const env = parseSlackEnv({
    SLACK_BOT_TOKEN: FAKE_SECRETS.slackBotToken,
    SLACK_SIGNING_SECRET: FAKE_SECRETS.slackSigningSecret,
    SLACK_PORT: '0',
    SLACK_API_URL: api.url,
    COBRIDGE_LOG_LEVEL: options.logLevel ?? 'info',
  });
  const bot = createSlackApp({
    env,
    services: options.wrap ? options.wrap(services) : services,
    processBeforeResponse: options.processBeforeResponse ?? true,
    host: '127.0.0.1',
    webApiRetries: options.webApiRetries ?? 0,
  });
  const port = await bot.start();
  const sender = createSlackRequestSender(`http://127.0.0.1:${String(port)}/slack/events`, FAKE_SECRETS.slackSigningSecret);
  return {
    api,
    services,
    bot,
    sender,
    log,
    dbPath,
    async close() {
      await bot.stop();
      await api.close();
      await services.close();
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    },
  };
}
