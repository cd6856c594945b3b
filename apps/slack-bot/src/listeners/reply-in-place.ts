import type { BlockAction, RespondFn, webApi } from '@slack/bolt';
import { modal, type SlackMessage } from '../render/block-kit.js';
import { actionPlace } from './block-action-place.js';

/** What a click handler needs to answer where the click happened. */
export interface ActionReplyTools {
  body: BlockAction;
  client: webApi.WebClient;
  respond: RespondFn;
}

/** Answers a click where it happened: updates a modal, opens one from the Home tab, replies in the thread, or privately. */
export async function replyInPlace({ body, client, respond }: ActionReplyTools, message: SlackMessage): Promise<void> {
  const place = actionPlace(body);
  if (place.kind === 'modal') {
    await client.views.update({ view_id: place.viewId, view: modal('Cobridge', message.blocks) });
  } else if (place.kind === 'home') {
    await client.views.open({ trigger_id: body.trigger_id, view: modal('Cobridge', message.blocks) });
  } else if (place.kind === 'message') {
    await client.chat.postMessage({ channel: place.channel, ...message, ...(place.threadTs ? { thread_ts: place.threadTs } : {}) });
  } else {
    await respond({ response_type: 'ephemeral', replace_original: false, ...message });
  }
}
