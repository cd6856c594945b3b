import { REST, Routes } from 'discord.js';
import type { DiscordEnv } from './env.js';
import { commandDefinitions } from './commands/index.js';

/** Where the commands went and how many. */
export interface PublishResult {
  scope: 'global' | 'guild';
  count: number;
}

/**
 * Publishes the slash-command definitions with one bulk overwrite: to DISCORD_GUILD_ID when set (instant, for
 * testing), otherwise globally. The bot itself never does this at start-up.
 */
export async function publishCommands(
  env: Pick<DiscordEnv, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_URL'>,
): Promise<PublishResult> {
  const api = env.DISCORD_API_URL ? { api: env.DISCORD_API_URL } : {};
  const rest = new REST({ ...api, retries: 1 }).setToken(env.DISCORD_TOKEN);
  const route = env.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(env.DISCORD_APPLICATION_ID, env.DISCORD_GUILD_ID)
    : Routes.applicationCommands(env.DISCORD_APPLICATION_ID);
  const saved = (await rest.put(route, { body: commandDefinitions() })) as unknown[];
  return { scope: env.DISCORD_GUILD_ID ? 'guild' : 'global', count: saved.length };
}
