import type { App, BlockAction, ButtonAction, DatepickerAction } from '@slack/bolt';
import type { Services } from '@cobridge/advisor-runtime';
import { GLOSSARY_PATTERN, MODES_PATTERN, OBLIGATIONS_PATTERN, TOOL_IDS } from '../action-ids.js';
import { toolReply } from '../tool-reply.js';
import { toolRequestFromButton, type MessageToolRequest } from '../tool-request.js';
import { replyInPlace } from './reply-in-place.js';

const BUTTONS: [RegExp | string, MessageToolRequest['tool']][] = [
  [TOOL_IDS.timelineOpen, 'timeline'],
  [MODES_PATTERN, 'modes'],
  [OBLIGATIONS_PATTERN, 'obligations'],
  [GLOSSARY_PATTERN, 'glossary'],
];

/** Buttons of the timeline, mode finder, obligations and glossary (offers, pickers, Home), plus the timeline's date picker. */
export function registerToolActions(app: App, services: Services): void {
  for (const [actionId, tool] of BUTTONS) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client, respond }) => {
      await ack();
      const message = toolReply(services.advisor().knowledge, toolRequestFromButton(tool, action.value ?? ''));
      await replyInPlace({ body, client, respond }, message);
    });
  }

  app.action<BlockAction<DatepickerAction>>(TOOL_IDS.timelineDate, async ({ ack, body, action, client, respond }) => {
    await ack();
    const message = toolReply(services.advisor().knowledge, toolRequestFromButton('timeline', action.selected_date ?? ''));
    await replyInPlace({ body, client, respond }, message);
  });
}
