import type { Authorize, webApi } from '@slack/bolt';
import type { Logger } from '@cobridge/advisor-runtime';

/** Who the bot is in its workspace, as auth.test reports it. */
export interface BotIdentity {
  botId: string;
  botUserId: string;
  teamId: string | undefined;
}

/** Attempts at start-up before giving up on auth.test. */
const LOOKUP_ATTEMPTS = 8;
const MAX_WAIT_MS = 30_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterMs(error: unknown, attempt: number): number {
  const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
  const asked = typeof retryAfter === 'number' ? retryAfter * 1000 : 0;
  return Math.min(MAX_WAIT_MS, Math.max(asked, 250 * 2 ** attempt));
}

/** Calls auth.test once (retrying rate limits and failures at start-up, never per request). */
export async function lookUpBotIdentity(client: webApi.WebClient, logger: Logger): Promise<BotIdentity> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const result = await client.auth.test();
      if (typeof result.bot_id !== 'string' || typeof result.user_id !== 'string') {
        throw new Error('auth.test did not name a bot: SLACK_BOT_TOKEN must be a bot token');
      }
      return { botId: result.bot_id, botUserId: result.user_id, teamId: result.team_id };
    } catch (error) {
      if (attempt + 1 >= LOOKUP_ATTEMPTS) throw new Error('could not look up the bot identity (auth.test)', { cause: error });
      const waitMs = retryAfterMs(error, attempt);
      logger.warn('auth.test failed at start-up; retrying', { attempt: attempt + 1, waitMs, error });
      await sleep(waitMs);
    }
  }
}

/** Bolt's `authorize` answering from the identity looked up at start, without any Web API call. */
export function cachedAuthorize(token: string, identity: () => BotIdentity | undefined): Authorize<boolean> {
  return async () => {
    const known = identity();
    if (known === undefined) throw new Error('the bot identity is not known yet: start() looks it up');
    // Bolt writes userId and teamId (the request's own workspace) into the result, so each request gets a fresh one.
    return { botToken: token, botId: known.botId, botUserId: known.botUserId, ...(known.teamId ? { homeTeamId: known.teamId } : {}) };
  };
}
