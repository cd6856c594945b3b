import type { webApi } from '@slack/bolt';
import type { Logger } from '@cobridge/advisor-runtime';
import type { Lang } from '@cobridge/policy-knowledge';
import { interfaceLang } from '@cobridge/reply';

/** The interface language of each Slack user, looked up once per user within a time to live. */
export interface UserLocales {
  /** The user's interface language (from their Slack locale); English when Slack does not say. */
  langOf(userId: string): Promise<Lang>;
}

/** How many users' languages are remembered; the least recently looked up is forgotten first. */
export const LOCALE_CACHE_USERS = 10_000;
/** How long a user's language is trusted before Slack is asked again (people rarely change it). */
export const LOCALE_TTL_MS = 60 * 60_000;
/** How long a failed look-up answers English before Slack is asked again. */
export const LOCALE_FAILURE_TTL_MS = 5 * 60_000;

/** The parts of the Web API client the look-up uses (a client that never retries and rejects 429s). */
export type UsersInfoClient = Pick<webApi.WebClient, 'users'>;

interface Cached {
  lang: Promise<Lang>;
  expiresAt: number;
}

/** Limits and clock of the cache (tests shorten them). */
export interface UserLocalesOptions {
  maxUsers?: number;
  ttlMs?: number;
  failureTtlMs?: number;
  now?: () => number;
}

/**
 * Looks up users' locales with `users.info` (`include_locale`, scope `users:read`), one call per user per TTL,
 * concurrent questions of one user sharing the call. A failure is logged without the token and answers English.
 */
export function createUserLocales(client: UsersInfoClient, logger: Logger, options: UserLocalesOptions = {}): UserLocales {
  const { maxUsers = LOCALE_CACHE_USERS, ttlMs = LOCALE_TTL_MS, failureTtlMs = LOCALE_FAILURE_TTL_MS, now = Date.now } = options;
  const cache = new Map<string, Cached>();

  const remember = (userId: string, entry: Cached): void => {
    cache.delete(userId);
    cache.set(userId, entry);
    if (cache.size > maxUsers) cache.delete(cache.keys().next().value as string);
  };

  const lookUp = (userId: string): Promise<Lang> =>
    client.users.info({ user: userId, include_locale: true }).then(
      (result) => interfaceLang(result.user?.locale),
      (error: unknown) => {
        logger.warn('could not look up a Slack user’s locale; answering their interface in English', {
          code: (error as { code?: unknown }).code,
          error: (error as { data?: { error?: unknown } }).data?.error,
        });
        const entry = cache.get(userId);
        if (entry !== undefined) entry.expiresAt = Math.min(entry.expiresAt, now() + failureTtlMs);
        return 'en' as const;
      },
    );

  return {
    langOf(userId) {
      const cached = cache.get(userId);
      if (cached !== undefined && cached.expiresAt > now()) {
        remember(userId, cached);
        return cached.lang;
      }
      const entry: Cached = { lang: Promise.resolve<Lang>('en'), expiresAt: now() + ttlMs };
      remember(userId, entry);
      entry.lang = lookUp(userId);
      return entry.lang;
    },
  };
}
