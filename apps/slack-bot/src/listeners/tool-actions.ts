import type { App, BlockAction, ButtonAction, DatepickerAction } from '@slack/bolt';
import type { Services } from '@cobridge/advisor-runtime';
import { GLOSSARY_PATTERN, MODES_PATTERN, OBLIGATIONS_PATTERN, TIMELINE_DATE_BLOCK, TOOL_IDS } from '../action-ids.js';
import { readLang } from '../tool-lang.js';
import { toolReply } from '../tool-reply.js';
import { toolRequestFromButton, type MessageToolRequest } from '../tool-request.js';
import type { UserLocales } from '../user-locales.js';
import { replyInPlace } from './reply-in-place.js';

const BUTTONS: [RegExp | string, MessageToolRequest['tool']][] = [
  [TOOL_IDS.timelineOpen, 'timeline'],
  [MODES_PATTERN, 'modes'],
  [OBLIGATIONS_PATTERN, 'obligations'],
  [GLOSSARY_PATTERN, 'glossary'],
];

/**
 * Buttons of the timeline, mode finder, obligations and glossary (offers, pickers, Home), plus the timeline's date
 * picker. The reply is in the language the button carries (a Chinese reply's pickers, the offer under a Chinese
 * question), else in the clicker's Slack language.
 */
export function registerToolActions(app: App, services: Services, locales: UserLocales): void {
  for (const [actionId, tool] of BUTTONS) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client, respond }) => {
      await ack();
      const { value, lang } = readLang(action.value ?? '');
      const request = toolRequestFromButton(tool, value);
      const message = toolReply(services.advisor().knowledge, request, lang ?? (await locales.langOf(body.user.id)));
      await replyInPlace({ body, client, respond }, message);
    });
  }

  app.action<BlockAction<DatepickerAction>>(TOOL_IDS.timelineDate, async ({ ack, body, action, client, respond }) => {
    await ack();
    const { lang } = readLang(action.block_id === TIMELINE_DATE_BLOCK ? '' : action.block_id);
    const request = toolRequestFromButton('timeline', action.selected_date ?? '');
    const message = toolReply(services.advisor().knowledge, request, lang ?? (await locales.langOf(body.user.id)));
    await replyInPlace({ body, client, respond }, message);
  });
}
