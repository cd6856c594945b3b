import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Services } from '@cobridge/advisor-runtime';
import { ACTION_IDS, ASK_TOPIC_PATTERN, HOME_TOPIC_PATTERN } from '../action-ids.js';
import { renderAnswer } from '../render/render-answer.js';
import { renderSourceModal, renderTopicModal } from '../render/render-views.js';
import { actionPlace } from './block-action-place.js';

const GONE = { response_type: 'ephemeral', replace_original: false, text: 'That topic is no longer in the knowledge.' } as const;

/** Buttons that open a topic: related/clarify/nearest topics, share in channel, show source, App Home topics. */
export function registerTopicActions(app: App, services: Services): void {
  const answerFor = (topicId: string) => services.advisor().topicAnswer(topicId, 'teacher');

  app.action<BlockAction<ButtonAction>>(ASK_TOPIC_PATTERN, async ({ ack, body, action, client, respond }) => {
    await ack();
    const answer = answerFor(action.value ?? '');
    if (answer === undefined) {
      await respond(GONE);
      return;
    }
    const place = actionPlace(body);
    if (place.kind === 'modal') {
      await client.views.update({ view_id: place.viewId, view: renderTopicModal(answer) });
    } else if (place.kind === 'message') {
      const message = renderAnswer(answer);
      await client.chat.postMessage({ channel: place.channel, ...message, ...(place.threadTs ? { thread_ts: place.threadTs } : {}) });
    } else {
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderAnswer(answer, { shareable: true }) });
    }
  });

  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, async ({ ack, body, action, client, respond }) => {
    await ack();
    const answer = answerFor(action.value ?? '');
    if (answer === undefined || body.channel === undefined) {
      await respond(GONE);
      return;
    }
    await client.chat.postMessage({ channel: body.channel.id, ...renderAnswer(answer, { sharedBy: body.user.id }) });
    await respond({ delete_original: true });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_IDS.showSource, async ({ ack, body, action, client, respond }) => {
    await ack();
    const answer = answerFor(action.value ?? '');
    if (answer === undefined) {
      await respond(GONE);
      return;
    }
    const view = renderSourceModal(answer);
    if (body.view?.type === 'modal') await client.views.push({ trigger_id: body.trigger_id, view });
    else await client.views.open({ trigger_id: body.trigger_id, view });
  });

  app.action<BlockAction<ButtonAction>>(HOME_TOPIC_PATTERN, async ({ ack, action, body, client }) => {
    await ack();
    const answer = answerFor(action.value ?? '');
    if (answer !== undefined) await client.views.open({ trigger_id: body.trigger_id, view: renderTopicModal(answer) });
  });
}
