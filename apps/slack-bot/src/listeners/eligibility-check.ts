import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { answerEligibility, startEligibility } from '@cobridge/policy-knowledge';
import type { Services } from '@cobridge/advisor-runtime';
import { CHECK_CHOICE_PATTERN, TOOL_IDS } from '../action-ids.js';
import { renderEligibilityModal } from '../render/render-eligibility.js';

function savedState(privateMetadata: string | undefined): unknown {
  try {
    return JSON.parse(privateMetadata ?? '') as unknown;
  } catch {
    // Unreadable metadata is treated like tampered state: answerEligibility says so and starts again.
    return undefined;
  }
}

/** The eligibility check modal: opened by a button, one question per view (views.update), state in private_metadata. */
export function registerEligibilityCheck(app: App, services: Services): void {
  const knowledge = () => services.advisor().knowledge;

  app.action<BlockAction<ButtonAction>>(TOOL_IDS.checkOpen, async ({ ack, body, client }) => {
    await ack();
    const view = renderEligibilityModal(knowledge(), startEligibility(knowledge()));
    if (body.view?.type === 'modal') await client.views.push({ trigger_id: body.trigger_id, view });
    else await client.views.open({ trigger_id: body.trigger_id, view });
  });

  app.action<BlockAction<ButtonAction>>(CHECK_CHOICE_PATTERN, async ({ ack, body, action, client }) => {
    await ack();
    if (body.view === undefined) return;
    const step = answerEligibility(knowledge(), savedState(body.view.private_metadata), action.value ?? '');
    await client.views.update({ view_id: body.view.id, view: renderEligibilityModal(knowledge(), step) });
  });

  app.action<BlockAction<ButtonAction>>(TOOL_IDS.checkRestart, async ({ ack, body, client }) => {
    await ack();
    if (body.view === undefined) return;
    const view = renderEligibilityModal(knowledge(), startEligibility(knowledge()));
    await client.views.update({ view_id: body.view.id, view });
  });
}
