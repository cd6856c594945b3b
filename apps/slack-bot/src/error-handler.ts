import type { CodedError, webApi } from '@slack/bolt';
import type { Logger } from '@cobridge/advisor-runtime';
import { renderError } from './render/render-result.js';

interface ErrorTarget {
  response_url?: unknown;
  event?: { channel?: unknown; user?: unknown; thread_ts?: unknown; ts?: unknown };
}

/** What Bolt's extended error handler receives (the parts this app uses). */
export interface SlackErrorArgs {
  error: CodedError;
  body?: unknown;
}

/** Bolt's single error funnel: logs with context, then tells the user something went wrong (never throws). */
export function createErrorHandler(logger: Logger, client: webApi.WebClient): (args: SlackErrorArgs) => Promise<void> {
  return async ({ error, body }) => {
    const target = (body ?? {}) as ErrorTarget;
    logger.error('handling a Slack request failed', {
      code: error.code,
      error,
      type: (body as { type?: unknown } | undefined)?.type,
    });
    const apology = renderError();
    try {
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
