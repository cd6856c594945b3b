import { Assistant, type App } from '@slack/bolt';
import type { Logger, Services } from '@cobridge/advisor-runtime';
import { interfaceStrings, noticeReply, truncate } from '@cobridge/reply';
import { toQuestion } from '../inbound.js';
import { layoutReply } from '../render/layout-reply.js';
import { answerMetadata, markSending } from '../receiver/answer-marks.js';
import { askAndRender } from './ask-and-render.js';
import { createThreadContextStore } from './assistant-thread-store.js';
import type { UserLocales } from '../user-locales.js';

/** Longest thread title set from a first question. */
export const MAX_THREAD_TITLE = 80;
/** Threads remembered as titled; forgotten all at once when full, so hostile traffic cannot grow it. */
const MAX_TITLED = 10_000;

/**
 * Slack's assistant panel (Agents & AI Apps): suggested prompts when a thread starts; each question titles a new
 * thread, shows a status while answering and gets the same answer as anywhere else (follow-ups within the thread,
 * 👍/👎). Greeting, prompts, status and buttons are in the user's Slack language. Only layout and Slack calls live
 * here: the answer comes from the shared reply model.
 */
export function registerAssistant(app: App, services: Services, logger: Logger, locales: UserLocales): void {
  const titled = new Set<string>();
  // Title and status are niceties: a workspace without the assistant feature refuses them, and the answer still goes out.
  const quietly = async (what: string, call: () => Promise<unknown>) => {
    try {
      await call();
    } catch (error) {
      logger.warn(`assistant ${what} failed`, { error });
    }
  };
  const assistant = new Assistant({
    threadContextStore: createThreadContextStore(),
    threadStarted: async ({ event, say, setSuggestedPrompts }) => {
      const lang = await locales.langOf(event.assistant_thread.user_id);
      const strings = interfaceStrings(lang);
      await say(layoutReply(noticeReply(strings.assistant.greeting, '', 'notice', lang)));
      const prompts = strings.examples.teacher.map((example) => ({ title: example.title, message: example.question }));
      await quietly('prompts', () => setSuggestedPrompts({ title: strings.assistant.promptsTitle, prompts }));
    },
    userMessage: async ({ message, context, say, setTitle, setStatus }) => {
      if (message.subtype !== undefined || message.bot_id !== undefined || !('thread_ts' in message) || message.thread_ts === undefined)
        return;
      const thread = `${message.channel}:${message.thread_ts}`;
      const text = message.text ?? '';
      if (!titled.has(thread)) {
        if (titled.size >= MAX_TITLED) titled.clear();
        titled.add(thread);
        // The question as read (Slack markup made inert), on one line.
        const title = toQuestion(text, context.botUserId).text.replace(/\s+/g, ' ').trim();
        await quietly('title', () => setTitle(truncate(title || 'Question', MAX_THREAD_TITLE)));
      }
      const lang = await locales.langOf(message.user);
      await quietly('status', () => setStatus(interfaceStrings(lang).assistant.status));
      const question = { userId: message.user, text, botUserId: context.botUserId, conversationId: thread };
      const answer = askAndRender(services, question, { lang });
      if (answer.kind === 'limited') {
        if (answer.notice) await say(answer.notice);
        return;
      }
      markSending(services, context);
      await say({ ...answer.message, ...answerMetadata(context) });
    },
  });
  app.assistant(assistant);
}
