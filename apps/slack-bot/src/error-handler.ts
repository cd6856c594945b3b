import type { CodedError, webApi } from '@slack/bolt';
import type { Logger } from '@cobridge/advisor-runtime';
import { renderError } from './render/render-result.js';
import type { UserLocales } from './user-locales.js';

interface ErrorTarget {
  response_url?: unknown;
  event?: { channel?: unknown; user?: unknown; thread_ts?: unknown; ts?: unknown };
  user_id?: unknown;
  user?: { id?: unknown };
}

/** Who the failed request came from (an event's user, a command's user_id, an action's user.id). */
function userOf(target: ErrorTarget): string | undefined {
  const id = target.event?.user ?? target.user_id ?? target.user?.id;
  return typeof id === 'string' ? id : undefined;
}

/** What Bolt's extended error handler receives (the parts this app uses). */
export interface SlackErrorArgs {
  error: CodedError;
  body?: unknown;
}

/** Bolt's single error funnel: logs with context, then tells the user, in their language, something went wrong (never throws). */
export function createErrorHandler(
  logger: Logger,
  client: webApi.WebClient,
  locales: UserLocales,
): (args: SlackErrorArgs) => Promise<void> {
  return async ({ error, body }) => {
    const target = (body ?? {}) as ErrorTarget;
    logger.error('handling a Slack request failed', {
      code: error.code,
      error,
      type: (body as { type?: unknown } | undefined)?.type,
    });
    try {
      const user = userOf(target);
      const apology = renderError(user === undefined ? 'en' : await locales.langOf(user));
      if (typeof target.response_url === 'string') {
        await fetch(target.response_url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...apology }),
        });
      } else if (typeof target.event?.channel === 'string' && typeof target.event.user === 'string') {
        const threadTs = target.event.thread_ts ?? (target.event.channel.startsWith('D') ? undefined : target.event.ts);
        await client.chat.postEphemeral({
          channel: target.event.channel,
          user: target.event.user,
          ...apology,
          ...(typeof threadTs === 'string' ? { thread_ts: threadTs } : {}),
        });
      }
    } catch (apologyError) {
      logger.warn('could not tell the user about the failure', { error: apologyError });
    }
  };
}
