import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import type { Services } from '@cobridge/advisor-runtime';
import { toBoltLogger } from './bolt-logger.js';
import { usesSocketMode, type SlackEnv } from './env.js';
import { createErrorHandler } from './error-handler.js';
import { registerAdminCommand } from './listeners/admin-command.js';
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

const BOLT_LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

/** The Bolt app plus a start/stop that knows the transport and waits for answers in flight. */
export interface SlackBot {
  app: App;
  /** Starts the receiver; in HTTP mode resolves with the port it listens on. */
  start(): Promise<number | undefined>;
  /** Stops receiving, then waits until answers already under way were sent. */
  stop(): Promise<void>;
}

/** Builds the Bolt app (Socket Mode when an app token is set, HTTP otherwise) with every listener; no I/O until start. */
export function createSlackApp(deps: SlackAppDeps): SlackBot {
  const { env, services } = deps;
  const logger = services.logger.child({ platform: 'slack' });
  const socketMode = usesSocketMode(env);
  const common = {
    token: env.SLACK_BOT_TOKEN,
    logger: toBoltLogger(logger, BOLT_LEVELS[env.COBRIDGE_LOG_LEVEL]),
    // The bot identity is fetched on the first event instead of in the constructor: building the app does no I/O.
    tokenVerificationEnabled: false,
    ignoreSelf: true,
    extendedErrorHandler: true,
    clientOptions: {
      ...(env.SLACK_API_URL === undefined ? {} : { slackApiUrl: env.SLACK_API_URL }),
      ...(deps.webApiRetries === undefined ? {} : { retryConfig: { retries: deps.webApiRetries } }),
    },
  };
  const app = socketMode
    ? new App({ ...common, socketMode: true, appToken: env.SLACK_APP_TOKEN })
    : new App({
        ...common,
        signingSecret: env.SLACK_SIGNING_SECRET ?? '',
        port: env.SLACK_PORT,
        processBeforeResponse: deps.processBeforeResponse ?? false,
      });

  const inFlight = createInFlightTracker();
  app.use(inFlight.middleware);
  app.use(yieldToAcknowledgements);
  app.use(ignoreDuplicateEvents(logger));
  registerMessageListeners(app, services);
  registerAskCommand(app, services);
  registerAdminCommand(app, services);
  registerFeedback(app, services);
  registerTopicActions(app, services);
  registerAppHome(app, services);
  registerEligibilityCheck(app, services);
  registerToolActions(app, services);
  app.error(createErrorHandler(logger, app.client));

  return {
    app,
    async start() {
      if (socketMode) {
        await app.start();
        return undefined;
      }
      const server = await app.start({ port: env.SLACK_PORT, ...(deps.host === undefined ? {} : { host: deps.host }) });
      return (server.address() as AddressInfo).port;
    },
    async stop() {
      await app.stop();
      await inFlight.idle();
    },
  };
}
