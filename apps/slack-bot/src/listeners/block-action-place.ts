import type { BlockAction } from '@slack/bolt';

/** Where a clicked button lives, which decides how the bot answers the click. */
export type ActionPlace =
  | { kind: 'modal'; viewId: string }
  | { kind: 'home' }
  | { kind: 'ephemeral' }
  | { kind: 'message'; channel: string; ts: string; threadTs: string | undefined };

/** Finds where a button was clicked: a modal, the Home tab, an ephemeral reply or a real message (and its thread). */
export function actionPlace(body: BlockAction): ActionPlace {
  if (body.view?.type === 'modal') return { kind: 'modal', viewId: body.view.id };
  if (body.container.is_ephemeral === true) return { kind: 'ephemeral' };
  if (body.channel !== undefined && body.message !== undefined) {
    const inThread = typeof body.message.thread_ts === 'string' ? body.message.thread_ts : undefined;
    // Answers stay in the thread they came from; in a channel a new thread starts under the message, a DM stays flat.
    const threadTs = inThread ?? (body.channel.id.startsWith('D') ? undefined : body.message.ts);
    return { kind: 'message', channel: body.channel.id, ts: body.message.ts, threadTs };
  }
  return { kind: 'home' };
}
