import { once } from 'node:events';
import { createServices, type LogLevel, type Services } from '@cobridge/advisor-runtime';
import { createDiscordClient } from '@cobridge/discord-bot';
import { FakeDiscord } from '@cobridge/testkit';
import { FAKE_SECRETS } from './fake-secrets.js';
import { captureLogger, type CapturedLogger } from './log-capture.js';

/** The discord.js client type, as the app builds it. */
export type DiscordClient = ReturnType<typeof createDiscordClient>;

/** How to start the Discord bot under test. */
export interface DiscordBotOptions {
  perMinute?: number;
  admins?: string[];
  logLevel?: LogLevel;
  /** Serve this knowledge folder and model instead of the shipped ones. */
  knowledge?: { dir: string; modelPath: string };
  wrap?: (services: Services) => Services;
}

/** The real discord.js client logged in to a fake Discord, with its logs captured. */
export interface RunningDiscordBot {
  fake: FakeDiscord;
  client: DiscordClient;
  services: Services;
  log: CapturedLogger;
  close(): Promise<void>;
}

/** Starts the fake Discord (REST + gateway), real services (in-memory log) and logs the real client in. */
export async function startDiscordBot(options: DiscordBotOptions = {}): Promise<RunningDiscordBot> {
  const fake = await FakeDiscord.start();
  const log = captureLogger(options.logLevel ?? 'info');
  const services = await createServices({
    platform: 'discord',
    dbPath: ':memory:',
    logger: log.logger,
    rateLimit: { perMinute: options.perMinute ?? 100_000 },
    admins: options.admins ?? [],
    ...(options.knowledge ? { knowledgeDir: options.knowledge.dir, modelPath: options.knowledge.modelPath } : {}),
  });
  const client = createDiscordClient({
    env: { DISCORD_API_URL: fake.apiUrl },
    services: options.wrap ? options.wrap(services) : services,
    rest: { retries: 0, timeout: 5_000 },
  });
  const ready = once(client, 'clientReady');
  await client.login(FAKE_SECRETS.discordToken);
  await ready;
  return {
    fake,
    client,
    services,
    log,
    async close() {
      await client.destroy();
      await services.close();
      await fake.close();
    },
  };
}
