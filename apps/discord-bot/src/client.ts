import { Client, Events, GatewayIntentBits, Partials, type RESTOptions } from 'discord.js';
import type { Services } from '@cobridge/advisor-runtime';
import type { DiscordEnv } from './env.js';
import { createInteractionListener } from './events/interaction-create.js';
import { createMessageListener } from './events/message-create.js';
import { recoverInbox } from './events/recover-inbox.js';
import type { InFlight } from './in-flight.js';
import { NO_MENTIONS } from './respond.js';

/**
 * Gateway intents: slash commands need none, mentions and DMs need these. MessageContent (privileged) is not
 * needed because Discord always delivers the text of DMs and of messages that mention the bot.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

/** What the client needs: the API base from the settings, the shared services and optional REST tuning. */
export interface DiscordClientDeps {
  env: Pick<DiscordEnv, 'DISCORD_API_URL'>;
  services: Services;
  rest?: Partial<RESTOptions>;
  /** Tracks the handlers (and the catching-up after a restart) so a shutdown can wait for them. */
  inFlight?: InFlight;
  /** How late an /ask may arrive before it is deferred first (default DEFER_AFTER_MS). */
  deferAfterMs?: number;
}

/** Builds the discord.js client with every listener attached (once ready, it answers what a crash left unanswered); it does not log in. */
export function createDiscordClient({ env, services, rest, inFlight, deferAfterMs }: DiscordClientDeps): Client {
  const client = new Client({
    intents: INTENTS,
    // DM channels are not cached until their first message arrives.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: { ...(env.DISCORD_API_URL ? { api: env.DISCORD_API_URL } : {}), ...rest },
  });
  const logger = services.logger;
  client.on(Events.InteractionCreate, createInteractionListener(services, inFlight, deferAfterMs));
  client.on(Events.MessageCreate, createMessageListener(services, inFlight));
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  // discord.js's own chatter, written only when COBRIDGE_LOG_LEVEL is debug (the logger drops it otherwise).
  client.on(Events.Debug, (message) => logger.debug('discord.js', { message }));
  client.on(Events.ShardError, (error, shardId) => {
    logger.error('discord shard error', { shardId, error });
  });
  client.on(Events.ShardResume, (shardId, replayed) => logger.info('discord shard resumed', { shardId, replayed }));
  client.once(Events.ClientReady, (ready) => {
    logger.info('discord client ready', { guilds: ready.guilds.cache.size, shards: ready.ws.shards.size });
    const recovery = recoverInbox(ready, services).catch((error: unknown) => logger.error('inbox recovery failed', { error }));
    inFlight?.track(recovery);
  });
  return client;
}
