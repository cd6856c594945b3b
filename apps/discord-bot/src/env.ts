import { z } from 'zod';
import { describeEnvError, runtimeEnvShape, useProjectSettings, userIdListSchema } from '@cobridge/advisor-runtime';

const snowflake = z.string().regex(/^\d{17,20}$/u, 'must be a Discord id (17 to 20 digits)');

/** The Discord bot's settings: its own DISCORD_* variables plus the shared COBRIDGE_* ones. */
export const discordEnvSchema = z.object({
  DISCORD_TOKEN: z.string().min(1, 'is missing'),
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/u, error: 'must be an http(s) URL' }).optional(),
  DISCORD_ADMIN_USER_IDS: userIdListSchema.pipe(
    z.array(
      z.string().regex(/^(\d{17,20}:)?\d{17,20}$/u, 'must be Discord user ids, each optionally prefixed by its guild id and a colon'),
    ),
  ),
  ...runtimeEnvShape,
});

/** The parsed settings. */
export type DiscordEnv = z.infer<typeof discordEnvSchema>;

/** Thrown when the environment is incomplete; the message names every bad variable but never its value. */
export class DiscordEnvError extends Error {
  override name = 'DiscordEnvError';
}

/** Parses the environment; empty variables count as unset. Throws {@link DiscordEnvError} listing every problem. */
export function parseDiscordEnv(source: NodeJS.ProcessEnv = process.env): DiscordEnv {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = discordEnvSchema.safeParse(present);
  if (!parsed.success) throw new DiscordEnvError(describeEnvError(parsed.error, 'The Cobridge Discord bot'));
  return parsed.data;
}

/** Loads the project's `.env` (variables already set win) and enters the project folder, as every entry point does. */
export function loadDotEnv(): void {
  useProjectSettings();
}
