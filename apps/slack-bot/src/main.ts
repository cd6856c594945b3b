import { createLogger, createServices, servicesOptionsFromEnv } from '@cobridge/advisor-runtime';
import { createSlackApp } from './app.js';
import { loadSlackEnv, SlackEnvError, usesSocketMode, type SlackEnv } from './env.js';

/** Longest a shutdown waits for answers in flight before giving up. */
export const SHUTDOWN_GRACE_MS = 10_000;

function readEnv(): SlackEnv {
  try {
    return loadSlackEnv();
  } catch (error) {
    // A SlackEnvError lists every bad variable; any other error here is an unreadable settings file.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof SlackEnvError ? 1 : 2);
  }
}

const env = readEnv();
const logger = createLogger({
  level: env.COBRIDGE_LOG_LEVEL,
  secrets: [env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET, env.SLACK_APP_TOKEN, env.COBRIDGE_HASH_SALT],
});
const services = await createServices({
  platform: 'slack',
  ...servicesOptionsFromEnv(env),
  admins: env.SLACK_ADMIN_USER_IDS,
  logger,
});
const bot = createSlackApp({ env, services, ...(env.SLACK_HOST ? { host: env.SLACK_HOST } : {}) });
const port = await bot.start();
logger.info('Cobridge is listening to Slack', usesSocketMode(env) ? { mode: 'socket' } : { mode: 'http', port, path: '/slack/events' });

let stopping = false;
const shutdown = (signal: NodeJS.Signals): void => {
  if (stopping) return;
  stopping = true;
  logger.info('stopping: finishing answers in flight', { signal });
  setTimeout(() => {
    logger.error('shutdown took too long; exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  bot
    .stop()
    .then(() => services.close())
    .then(
      () => logger.info('stopped'),
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exitCode = 1;
      },
    );
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
