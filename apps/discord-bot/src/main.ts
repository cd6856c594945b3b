import { createLogger, createServices, servicesOptionsFromEnv } from '@cobridge/advisor-runtime';
import { createDiscordClient } from './client.js';
import { createInFlight } from './in-flight.js';
import { DiscordEnvError, loadDotEnv, parseDiscordEnv, type DiscordEnv } from './env.js';

// Entry point: settings → services → client → login; SIGTERM/SIGINT let answers in flight finish (within a
// grace period), then log out, close the question log and exit 0.

/** Longest a shutdown waits for answers in flight before giving up. */
export const SHUTDOWN_GRACE_MS = 10_000;

let env: DiscordEnv;
try {
  loadDotEnv();
  env = parseDiscordEnv();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof DiscordEnvError ? 2 : 1);
}

const logger = createLogger({
  level: env.COBRIDGE_LOG_LEVEL,
  base: { app: 'discord-bot' },
  secrets: [env.DISCORD_TOKEN, env.COBRIDGE_HASH_SALT],
});
const services = await createServices({
  platform: 'discord',
  ...servicesOptionsFromEnv(env),
  admins: env.DISCORD_ADMIN_USER_IDS,
  ...(env.DISCORD_GUILD_ID ? { adminWorkspace: env.DISCORD_GUILD_ID } : {}),
  logger,
});
const inFlight = createInFlight();
const client = createDiscordClient({ env, services, inFlight });

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('stopping: finishing answers in flight', { signal });
  setTimeout(() => {
    logger.error('shutdown took too long; exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  await inFlight.idle();
  await client.destroy();
  await services.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

try {
  await client.login(env.DISCORD_TOKEN);
} catch (error) {
  logger.error('discord login failed', { error });
  await services.close();
  process.exit(1);
}
