import type { App } from '@slack/bolt';
import type { Services } from '@cobridge/advisor-runtime';
import { renderHelp } from '../render/render-help.js';
import { askAndRender } from './ask-and-render.js';

/** The slash command registered in the manifest. */
export const SLASH_COMMAND = '/cobridge';

/** `/cobridge <question>` → an ephemeral answer with a share button; empty or `help` → help with examples. */
export function registerAskCommand(app: App, services: Services): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const text = command.text.trim();
    if (text === '' || text.toLowerCase() === 'help') {
      const advisor = services.advisor();
      await respond({ response_type: 'ephemeral', ...renderHelp(advisor.topics(), advisor.version) });
      return;
    }
    const message = askAndRender(
      services,
      { userId: command.user_id, text, conversationId: `${command.channel_id}:${command.user_id}` },
      { shareable: true, question: text },
    );
    await respond({ response_type: 'ephemeral', ...message });
  });
}
