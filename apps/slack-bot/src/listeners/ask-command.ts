import type { App } from '@slack/bolt';
import { startEligibility } from '@cobridge/policy-knowledge';
import { sanitizeQuestion, type Services } from '@cobridge/advisor-runtime';
import { renderEligibilityModal } from '../render/render-eligibility.js';
import { renderHelp } from '../render/render-help.js';
import { toolLang } from '../tool-lang.js';
import { toolReply } from '../tool-reply.js';
import { availableTools, parseToolCommand } from '../tool-request.js';
import type { UserLocales } from '../user-locales.js';
import { askAndRender, limitedAnswer } from './ask-and-render.js';

/** The slash command registered in the manifest. */
export const SLASH_COMMAND = '/cobridge';

/**
 * `/cobridge <question>` → an ephemeral answer (tools share the question rate limit and input clean-up); `help` →
 * help; `check` → the check's modal; `timeline|modes|obligations|glossary …` → that tool, ephemeral. Help, buttons
 * and notices are in the user's Slack language; a tool answers in Chinese also when its words are typed in Chinese.
 */
export function registerAskCommand(app: App, services: Services, locales: UserLocales): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const lang = await locales.langOf(command.user_id);
    // NUL, control and bidirectional-override characters never reach a tool or an echo.
    const text = sanitizeQuestion(command.text).text;
    const advisor = services.advisor();
    const tools = availableTools(advisor.knowledge);
    if (text === '' || text.toLowerCase() === 'help') {
      await respond({ response_type: 'ephemeral', ...renderHelp(advisor.topics(), advisor.version, tools, lang) });
      return;
    }
    const request = parseToolCommand(advisor.knowledge, text);
    if (request !== undefined && tools.includes(request.tool)) {
      const replyLang = toolLang(text, lang);
      const refusal = services.admit('slack', command.user_id);
      if (refusal) {
        const { notice } = limitedAnswer(refusal, lang);
        if (notice) await respond({ response_type: 'ephemeral', ...notice });
        return;
      }
      if (request.tool === 'check') {
        await client.views.open({
          trigger_id: command.trigger_id,
          view: renderEligibilityModal(advisor.knowledge, startEligibility(advisor.knowledge, replyLang), replyLang),
        });
      } else {
        await respond({ response_type: 'ephemeral', ...toolReply(advisor.knowledge, request, replyLang) });
      }
      return;
    }
    const answer = askAndRender(
      services,
      { userId: command.user_id, text, conversationId: `${command.channel_id}:${command.user_id}` },
      { shareable: true, question: text, lang },
    );
    const message = answer.kind === 'answer' ? answer.message : answer.notice;
    if (message) await respond({ response_type: 'ephemeral', ...message });
  });
}
