import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Services } from '@cobridge/advisor-runtime';
import { FEEDBACK_PATTERN } from '../action-ids.js';
import type { Block } from '../render/block-kit.js';
import { interfaceStrings } from '@cobridge/reply';
import { markFeedbackRecorded } from '../render/render-feedback.js';
import type { UserLocales } from '../user-locales.js';
import { actionPlace } from './block-action-place.js';

/** 👍/👎 under an answer: records the vote for the logged question, then shows, in the user's language, that it was recorded. */
export function registerFeedback(app: App, services: Services, locales: UserLocales): void {
  app.action<BlockAction<ButtonAction>>(FEEDBACK_PATTERN, async ({ ack, body, action, client, respond }) => {
    await ack();
    const lang = await locales.langOf(body.user.id);
    const strings = interfaceStrings(lang);
    const vote = action.action_id.endsWith('_up') ? 'up' : 'down';
    const recordId = Number(action.value);
    const recorded = Number.isSafeInteger(recordId) && services.vote(recordId, vote, body.user.id, 'slack');
    if (!recorded) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: strings.voteFailed });
      return;
    }
    const original = body.message?.blocks as Block[] | undefined;
    if (original === undefined) {
      // Slack does not always send an ephemeral message's blocks back; confirm without replacing it.
      await respond({ response_type: 'ephemeral', replace_original: false, text: strings.feedbackRecorded });
      return;
    }
    const blocks = markFeedbackRecorded(original, vote, lang);
    const text = typeof body.message?.text === 'string' ? body.message.text : strings.feedbackRecorded;
    const place = actionPlace(body);
    if (place.kind === 'message') {
      await client.chat.update({ channel: place.channel, ts: place.ts, text, blocks });
    } else {
      await respond({ replace_original: true, text, blocks });
    }
  });
}
