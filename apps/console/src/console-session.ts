import {
  CATEGORIES,
  detectFeatureIntent,
  hasHan,
  isChinese,
  listGlossary,
  matchNames,
  type Audience,
  type Lang,
} from '@cobridge/policy-knowledge';
import type { Services } from '@cobridge/advisor-runtime';
import { CATEGORY_LABELS, interfaceStrings, limitedReply, replyFromTool, TOOL_DESCRIPTIONS } from '@cobridge/reply';
import { layoutText, renderText } from './render-text.js';
import {
  checkCancelled,
  continueCheck,
  featureTip,
  glossaryCommand,
  modesCommand,
  obligationsCommand,
  startCheck,
  timelineCommand,
  type PendingCheck,
} from './console-features.js';

/** Words that end the session. */
export const QUIT_WORDS = new Set(['quit', 'exit', ':q', 'bye']);

/** The greeting printed when the console starts. */
export function greeting(version: string): string {
  return [
    `Cobridge: ask about teachers' part-time work, starting a company, leaving the post, and school-enterprise cooperation.`,
    `Knowledge ${version}. Type "help" for examples, "topics" to browse, "audience enterprise" to switch wording, "quit" to leave.`,
  ].join('\n');
}

const HELP = [
  'Ask in your own words, for example:',
  '- do I keep my pension if I leave to start a company?',
  '- if we hire a lecturer on leave, who pays his injury insurance?',
  '- how long can I stay away from my college?',
  '- what cooperation modes are there between schools and enterprises?',
  'Tools:',
  `- check: ${TOOL_DESCRIPTIONS.check}`,
  `- timeline 2025-09-01: ${TOOL_DESCRIPTIONS.timeline}`,
  `- modes for staff training and joint R&D: ${TOOL_DESCRIPTIONS.modes}`,
  `- obligations we are hiring a lecturer who has left the post: ${TOOL_DESCRIPTIONS.obligations}`,
  `- glossary [term]: ${TOOL_DESCRIPTIONS.glossary}`,
  'Commands: topics, topic <name> (misspelt names work too), audience teacher|enterprise, help, quit.',
].join('\n');

const ZH = interfaceStrings('zh');

/** Help for someone who asks for it in Chinese (帮助): the console's interface follows the language typed. */
const HELP_ZH = [
  '用自己的话提问，例如：',
  ...ZH.examples.teacher.map((example) => `- ${example.question}`),
  `${ZH.help.tools}：`,
  `- check：${ZH.tools.check}`,
  `- timeline 2025-09-01：${ZH.tools.timeline}`,
  `- modes for 员工培训：${ZH.tools.modes}`,
  `- obligations 聘用离岗教师：${ZH.tools.obligations}`,
  `- glossary [术语]：${ZH.tools.glossary}`,
  '命令：topics、topic <名称>、audience teacher|enterprise、help（或“帮助”）、quit。',
].join('\n');

/**
 * One console conversation: turns a line typed by the user into the text to print. The tools answer in the language
 * last typed: a line with Chinese in it makes it Chinese, a question in English makes it English again.
 */
export class ConsoleSession {
  private audience: Audience = 'teacher';
  private lang: Lang = 'en';
  private pending: PendingCheck | undefined;
  /** The topics the last clarification offered, so "2" picks the second. */
  private choices: string[] = [];

  constructor(
    private readonly services: Services,
    private readonly conversationId = 'console',
  ) {}

  /** Answers one line; returns undefined when the user asked to quit. */
  respond(line: string): string | undefined {
    const input = line.trim();
    const lower = input.toLowerCase();
    if (QUIT_WORDS.has(lower)) return undefined;
    if (lower === 'help' || lower === '?') return HELP;
    if (input === '帮助') return HELP_ZH;
    if (lower === 'topics') return this.topics();
    if (hasHan(input)) this.lang = 'zh';
    const tool = this.tool(input, lower);
    if (tool !== undefined) return tool;
    const audience = /^audience\s+(teacher|enterprise)$/.exec(lower)?.[1] as Audience | undefined;
    if (audience) {
      this.audience = audience;
      return `Answers are now worded for ${audience === 'teacher' ? 'teachers' : 'enterprise contacts'}.`;
    }
    const picked = this.pick(input);
    if (picked !== undefined) return picked;
    this.lang = isChinese(input) ? 'zh' : 'en';
    const outcome = this.services.ask({
      platform: 'console',
      userId: 'console',
      text: input,
      audience: this.audience,
      conversationId: this.conversationId,
    });
    if (outcome.kind === 'limited') return layoutText(limitedReply(outcome.retryAfterSeconds, this.lang));
    this.choices = outcome.result.kind === 'clarify' ? outcome.result.candidates.map((c) => c.id) : [];
    const knowledge = this.services.advisor().knowledge;
    const intent = detectFeatureIntent(knowledge, input);
    const term =
      intent?.feature === 'glossary' && outcome.result.kind !== 'answer'
        ? listGlossary(knowledge, this.lang).find((t) => t.id === intent.term)
        : undefined;
    if (term) return layoutText(replyFromTool({ kind: 'term', term }, this.audience, this.lang));
    const tip = featureTip(intent, this.lang);
    const text = renderText(outcome.result, this.audience);
    return tip ? `${text}\n\n${tip}` : text;
  }

  /** The answer to a numbered choice of the last clarification ("2"), or undefined when the line is not one. */
  private pick(input: string): string | undefined {
    const index = /^\d{1,2}$/.test(input) ? Number(input) - 1 : -1;
    const id = this.choices[index];
    if (id === undefined) return undefined;
    this.choices = [];
    const answer = this.services.advisor().topicAnswer(id, this.audience);
    return answer ? renderText(answer, this.audience) : undefined;
  }

  /** The console's tools (eligibility dialogue, timeline, modes, obligations, glossary), or undefined for a question. */
  private tool(input: string, lower: string): string | undefined {
    const knowledge = this.services.advisor().knowledge;
    if (this.pending) {
      if (lower === 'cancel') {
        const { lang } = this.pending;
        this.pending = undefined;
        return checkCancelled(lang);
      }
      const reply = continueCheck(knowledge, this.pending, lower);
      this.pending = reply.pending;
      return reply.text;
    }
    const [command = '', ...rest] = input.split(/\s+/);
    const argument = rest.join(' ');
    switch (command.toLowerCase()) {
      case 'check': {
        if (argument) return undefined;
        const reply = startCheck(knowledge, this.lang);
        this.pending = reply.pending;
        return reply.text;
      }
      case 'timeline':
        return timelineCommand(knowledge, argument, this.lang);
      case 'modes':
        return /^for\b/i.test(argument) ? modesCommand(knowledge, argument.replace(/^for\s*/i, ''), this.lang) : undefined;
      case 'obligations':
        return obligationsCommand(knowledge, argument, this.audience, this.lang);
      case 'glossary':
        return glossaryCommand(knowledge, argument, this.lang);
      case 'topic':
        return argument ? this.topic(argument) : 'Type "topic" and a topic\'s name, e.g. topic returning early (or "topics" for the list).';
      default:
        return undefined;
    }
  }

  /** `topic <name>`: the answer of the topic whose title the name finds (also misspelt), or the nearest titles. */
  private topic(name: string): string {
    const advisor = this.services.advisor();
    const [best] = matchNames(advisor.topics(), name, (t) => [t.title, t.id]);
    const answer = best === undefined ? undefined : advisor.topicAnswer(best.id, this.audience);
    return answer === undefined ? `No topic is called "${name}". Type "topics" for the list.` : renderText(answer, this.audience);
  }

  private topics(): string {
    const topics = this.services.advisor().topics();
    return CATEGORIES.map((category) => {
      const titles = topics.filter((t) => t.category === category).map((t) => `  - ${t.title}`);
      return titles.length > 0 ? `${CATEGORY_LABELS[this.audience][category]}:\n${titles.join('\n')}` : '';
    })
      .filter(Boolean)
      .join('\n');
  }
}
