import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { answerEligibility, startEligibility, type Lang } from '@cobridge/policy-knowledge';
import type { Services } from '@cobridge/advisor-runtime';
import { CHECK_CHOICE_PATTERN, TOOL_IDS } from '../action-ids.js';
import { renderEligibilityModal } from '../render/render-eligibility.js';
import { readLang } from '../tool-lang.js';
import type { UserLocales } from '../user-locales.js';

/** The check's state and language as the modal keeps them in private_metadata (see renderEligibilityModal). */
function savedState(privateMetadata: string | undefined): { state: unknown; lang: Lang } {
  try {
    const state = JSON.parse(privateMetadata ?? '') as unknown;
    const lang = (state as { lang?: unknown } | null)?.lang === 'zh' ? 'zh' : 'en';
    return { state, lang };
  } catch {
    // Unreadable metadata is treated like tampered state: answerEligibility says so and starts again.
    return { state: undefined, lang: 'en' };
  }
}

/**
 * The eligibility check modal: opened by a button, one question per view (views.update), state and language in
 * private_metadata. It runs in the language the opening button carries (an offer under a Chinese question), else in
 * the user's Slack language.
 */
export function registerEligibilityCheck(app: App, services: Services, locales: UserLocales): void {
  const knowledge = () => services.advisor().knowledge;

  app.action<BlockAction<ButtonAction>>(TOOL_IDS.checkOpen, async ({ ack, body, action, client }) => {
    await ack();
    const lang = readLang(action.value ?? '').lang ?? (await locales.langOf(body.user.id));
    const view = renderEligibilityModal(knowledge(), startEligibility(knowledge(), lang), lang);
    if (body.view?.type === 'modal') await client.views.push({ trigger_id: body.trigger_id, view });
    else await client.views.open({ trigger_id: body.trigger_id, view });
  });

  app.action<BlockAction<ButtonAction>>(CHECK_CHOICE_PATTERN, async ({ ack, body, action, client }) => {
    await ack();
    if (body.view === undefined) return;
    const { state, lang } = savedState(body.view.private_metadata);
    const step = answerEligibility(knowledge(), state, action.value ?? '', lang);
    await client.views.update({ view_id: body.view.id, view: renderEligibilityModal(knowledge(), step, lang) });
  });

  app.action<BlockAction<ButtonAction>>(TOOL_IDS.checkRestart, async ({ ack, body, client }) => {
    await ack();
    if (body.view === undefined) return;
    const { lang } = savedState(body.view.private_metadata);
    const view = renderEligibilityModal(knowledge(), startEligibility(knowledge(), lang), lang);
    await client.views.update({ view_id: body.view.id, view });
  });
}
