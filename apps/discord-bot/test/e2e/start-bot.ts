import { once } from 'node:events';
import { Events, type Client } from 'discord.js';
import { createLogger, createServices, type Services } from '@cobridge/advisor-runtime';
import { FakeDiscord } from '@cobridge/testkit';
import { createDiscordClient } from '../../src/client.js';

/** A running bot: the real discord.js client logged in to a fake Discord, plus what it logged. */
export interface RunningBot {
  fake: FakeDiscord;
  client: Client;
  services: Services;
  logLines: string[];
  stop(): Promise<void>;
}

/** Options for {@link startBot}: Discord admin ids, and a wrapper that may replace the services the client sees. */
export interface StartBotOptions {
  admins?: string[];
  wrap?: (services: Services) => Services;
  /** The question log file (an in-memory log when omitted). */
  dbPath?: string;
  /** Questions and tool commands per user per minute (default 1000). */
  perMinute?: number;
  /** How late an /ask may arrive before it is deferred; never by default, so a busy machine cannot change the replies. */
  deferAfterMs?: number;
}

/** Starts the fake, builds services (in-memory question log) and logs the real client in. */
export async function startBot(options: StartBotOptions = {}): Promise<RunningBot> {
  const {
    admins = [],
    wrap = (s: Services) => s,
    dbPath = ':memory:',
    perMinute = 1000,
    deferAfterMs = Number.POSITIVE_INFINITY,
  } = options;
  const fake = await FakeDiscord.start();
  const logLines: string[] = [];
  const logger = createLogger({ level: 'warn', stream: { write: (line: string) => logLines.push(line) } });
  const services = await createServices({ platform: 'discord', dbPath, rateLimit: { perMinute }, admins, logger });
  const client = createDiscordClient({
    env: { DISCORD_API_URL: fake.apiUrl },
    services: wrap(services),
    rest: { retries: 0, timeout: 5_000 },
    deferAfterMs,
  });
  const ready = once(client, Events.ClientReady);
  await client.login('test-token');
  await ready;
  return {
    fake,
    client,
    services,
    logLines,
    async stop() {
      await client.destroy();
      await services.close();
      await fake.close();
    },
  };
}
