import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi } from '@slack/bolt';
import { handleHealthRequest, HEALTH_PATHS, type Services } from '@cobridge/advisor-runtime';
import { cachedAuthorize, lookUpBotIdentity, type BotIdentity } from './bot-identity.js';
import { toBoltLogger } from './bolt-logger.js';
import { usesSocketMode, type SlackEnv } from './env.js';
import { createErrorHandler } from './error-handler.js';
import { registerAdminCommand } from './listeners/admin-command.js';
import { registerAssistant } from './listeners/assistant.js';
import { registerAppHome } from './listeners/app-home.js';
import { registerAskCommand } from './listeners/ask-command.js';
import { registerEligibilityCheck } from './listeners/eligibility-check.js';
import { registerFeedback } from './listeners/feedback.js';
import { registerMessageListeners } from './listeners/messages.js';
import { registerToolActions } from './listeners/tool-actions.js';
import { registerTopicActions } from './listeners/topic-actions.js';
import { yieldToAcknowledgements } from './middleware/yield-to-acknowledgements.js';
import { ignoreDuplicateEvents } from './middleware/ignore-duplicate-events.js';
import { createInFlightTracker } from './middleware/track-in-flight.js';
import { answerRequestErrors } from './receiver/future-timestamp.js';
import { createRequestArrivals } from './receiver/request-arrival.js';
import { findPostedAnswer } from './receiver/find-posted-answer.js';
import { withInbox } from './receiver/inbox-receiver.js';
import { createUserLocales } from './user-locales.js';

/** What the Slack app is built from. */
export interface SlackAppDeps {
  env: SlackEnv;
  services: Services;
  /** HTTP mode: answer Slack only after the listener ran (tests); the default acks first and works after. */
  processBeforeResponse?: boolean;
  /** HTTP mode: the interface to listen on (all interfaces when omitted). */
  host?: string;
  /** Web API retries on failures (tests set 0; the client's own policy when omitted). */
  webApiRetries?: number;
}

/** How long a users.info look-up may take before the interface falls back to English. */
const USERS_INFO_TIMEOUT_MS = 5_000;

const BOLT_LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

/** The Bolt app plus a start/stop that knows the transport and waits for answers in flight. */
export interface SlackBot {
  app: App;
  /**
   * Looks up the bot identity (auth.test, once), starts the receiver, then answers what a crash left unanswered;
   * in HTTP mode resolves with the port.
   */
  start(): Promise<number | undefined>;
  /** Resolves once the questions a crash left unanswered were answered (after `start`). */
  recovered(): Promise<{ replayed: number; missed: number }>;
  /** Milliseconds from receiving each recent question to acknowledging it, measured inside the bot. */
  ackTimes(): number[];
  /** Stops receiving, then waits until answers already under way were sent. */
  stop(): Promise<void>;
}

/** Builds the Bolt app (Socket Mode when an app token is set, HTTP otherwise) with every listener; no I/O until start. */
export function createSlackApp(deps: SlackAppDeps): SlackBot {
  const { env, services } = deps;
  const logger = services.logger.child({ platform: 'slack' });
  const logLevel = BOLT_LEVELS[env.COBRIDGE_LOG_LEVEL];
  const boltLogger = toBoltLogger(logger, logLevel);
  const clientOptions = {
    ...(env.SLACK_API_URL === undefined ? {} : { slackApiUrl: env.SLACK_API_URL }),
    ...(deps.webApiRetries === undefined ? {} : { retryConfig: { retries: deps.webApiRetries } }),
  };
  const arrivals = createRequestArrivals();
  const botClient = new webApi.WebClient(env.SLACK_BOT_TOKEN, { ...clientOptions, logger: boltLogger, logLevel });
  const inner = usesSocketMode(env)
    ? new SocketModeReceiver({ appToken: env.SLACK_APP_TOKEN ?? '', logger: boltLogger, logLevel, installerOptions: { clientOptions } })
    : new HTTPReceiver({
        signingSecret: env.SLACK_SIGNING_SECRET ?? '',
        port: env.SLACK_PORT,
        logger: boltLogger,
        logLevel,
        processBeforeResponse: deps.processBeforeResponse ?? false,
        customPropertiesExtractor: arrivals.properties,
        processEventErrorHandler: answerRequestErrors,
        // /healthz, /readyz and /metrics beside /slack/events (Socket Mode uses COBRIDGE_HEALTH_PORT instead).
        customRoutes: HEALTH_PATHS.map((path) => ({
          path,
          method: ['GET', 'HEAD'],
          handler: (req, res) => void handleHealthRequest(services.health, req, res),
        })),
      });
  // Interface languages: a client that never retries or waits out a 429, so a slow users.info never holds an answer.
  const localeClient = new webApi.WebClient(env.SLACK_BOT_TOKEN, {
    ...clientOptions,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: USERS_INFO_TIMEOUT_MS,
    logger: boltLogger,
    logLevel,
  });
  const locales = createUserLocales(localeClient, logger);
  const receiver = withInbox(inner, services.inbox, logger, (body, key) => findPostedAnswer(botClient, body, key, logger));
  let identity: BotIdentity | undefined;
  // The identity is looked up once in start(); `authorize` answers every request from it without a Web API call.
  const app = new App({
    receiver,
    authorize: cachedAuthorize(env.SLACK_BOT_TOKEN, () => identity),
    logger: boltLogger,
    logLevel,
    ignoreSelf: true,
    extendedErrorHandler: true,
    clientOptions,
  });

  const inFlight = createInFlightTracker();
  app.use(inFlight.middleware);
  app.use(yieldToAcknowledgements());
  app.use(ignoreDuplicateEvents(logger));
  registerAssistant(app, services, logger, locales);
  registerMessageListeners(app, services, locales);
  registerAskCommand(app, services, locales);
  registerAdminCommand(app, services);
  registerFeedback(app, services, locales);
  registerTopicActions(app, services);
  registerAppHome(app, services, locales);
  registerEligibilityCheck(app, services, locales);
  registerToolActions(app, services, locales);
  app.error(createErrorHandler(logger, botClient, locales));

  let recovery: Promise<{ replayed: number; missed: number }> | undefined;
  return {
    app,
    async start() {
      identity = await lookUpBotIdentity(botClient, logger);
      const started: unknown = usesSocketMode(env)
        ? await app.start()
        : await app.start({ port: env.SLACK_PORT, ...(deps.host === undefined ? {} : { host: deps.host }) });
      recovery = receiver.replayPending(services.inboxMaxAgeMs);
      if (usesSocketMode(env)) return undefined;
      arrivals.watch(started as Server);
      return ((started as Server).address() as AddressInfo).port;
    },
    recovered: () => recovery ?? Promise.resolve({ replayed: 0, missed: 0 }),
    ackTimes: () => receiver.ackTimes(),
    async stop() {
      await app.stop();
      await recovery;
      await inFlight.idle();
    },
  };
}
