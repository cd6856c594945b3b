import type { AdvisorResult } from '../engine/types.js';

/** What a message that asks nothing of the guidance says: a greeting (or asking what Cobridge is), or thanks (or goodbye). */
export type SmallTalk = 'greeting' | 'thanks';

const THERE = String.raw`(?:hi|hello|hey) there`;
const GREETING_WORDS = String.raw`(?:hi|hello|hey|heya|hiya|yo|howdy|greetings|good (?:morning|afternoon|evening|day)|${THERE})`;
const THANKS_WORDS = String.raw`(?:thanks|thank you|thank u|thx|ty|cheers|much appreciated|appreciate it|bye|goodbye|see you|see ya)`;
/** Words said with thanks ("ok thanks", "great, thank you!"), which alone are no thanks. */
const ACKNOWLEDGING = String.raw`(?:ok|okay|cool|great|perfect|awesome|got it|alright|nice|brilliant)`;
/** Who a greeting or thanks may name ("hi Cobridge", "thanks a lot", "thank you so much bot"). */
const ADDRESSED = String.raw`(?:\s+(?:cobridge|bot|there|all|everyone|guys|folks|a lot|so much|very much|again|lots|heaps|mate))*`;
const CLOSING = String.raw`[\s!.,~:)(\-–—]*`;
const SAID_WITH = String.raw`(?:${ACKNOWLEDGING}|${GREETING_WORDS}|${THANKS_WORDS})${ADDRESSED}[\s!.,~]*`;

/** "help", "what can you do?", "who are you?": asking what Cobridge is, answered by its introduction, as a greeting is. */
const ASKS_ABOUT_ITSELF = `(?:${[
  'help',
  'help me',
  'what can you do',
  'what do you do',
  'what are you',
  'who are you',
  "what(?: is|'s) this bot",
  'how do i use (?:you|this|this bot)',
  'what can i ask(?: you)?',
  '(?:is )?any(?:one|body) (?:there|here|around)',
  '(?:are )?you there',
].join('|')})`;

const GREETING = new RegExp(
  String.raw`^(?:${GREETING_WORDS}[\s,!.?]*)?(?:${GREETING_WORDS}|${ASKS_ABOUT_ITSELF})${ADDRESSED}[\s?]*${CLOSING}$`,
  'i',
);
const THANKS = new RegExp(String.raw`^(?:${SAID_WITH})*${THANKS_WORDS}${ADDRESSED}(?:[\s!.,~]*${SAID_WITH})*${CLOSING}$`, 'i');
/** Small talk is short; a longer message is read as a question (and the patterns never try a long one). */
const SMALL_TALK_CHARS = 60;

const CHINESE_GREETING = /^(?:你好|您好|嗨|哈喽|早上好|下午好|晚上好|大家好|帮助|你是谁|你能做什么|你可以做什么)[\s!！。，,~？?]*$/u;
const CHINESE_THANKS = /^(?:(?:好的|好|嗯)[\s，,]*)?(?:谢谢|多谢|感谢|谢了|谢啦|辛苦了|再见|拜拜)(?:你|您|啦|了)?[\s!！。，,~]*$/u;

/** The small talk a message is, when it says nothing else ("hi!", "thanks a lot", "谢谢"); undefined for anything asked. */
export function smallTalkOf(message: string): SmallTalk | undefined {
  const text = message.trim();
  if (text.length > SMALL_TALK_CHARS) return undefined;
  if (GREETING.test(text) || CHINESE_GREETING.test(text)) return 'greeting';
  if (THANKS.test(text) || CHINESE_THANKS.test(text)) return 'thanks';
  return undefined;
}

/** True for the reply to small talk: answered in kind, so neither a miss to log nor a question to read again in context. */
export function isSmallTalk(result: AdvisorResult): boolean {
  return result.kind === 'unknown' && (result.reason === 'greeting' || result.reason === 'thanks');
}
