import { CATEGORIES, type Audience } from '@cobridge/policy-knowledge';
import type { Services } from '@cobridge/advisor-runtime';
import { renderText } from './render-text.js';

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
  'Commands: topics, audience teacher|enterprise, help, quit.',
].join('\n');

/** One console conversation: turns a line typed by the user into the text to print. */
export class ConsoleSession {
  private audience: Audience = 'teacher';

  constructor(private readonly services: Services, private readonly conversationId = 'console') {}

  /** Answers one line; returns undefined when the user asked to quit. */
  respond(line: string): string | undefined {
    const input = line.trim();
    const lower = input.toLowerCase();
    if (QUIT_WORDS.has(lower)) return undefined;
    if (lower === 'help' || lower === '?') return HELP;
    if (lower === 'topics') return this.topics();
    const audience = /^audience\s+(teacher|enterprise)$/.exec(lower)?.[1] as Audience | undefined;
    if (audience) {
      this.audience = audience;
      return `Answers are now worded for ${audience === 'teacher' ? 'teachers' : 'enterprise contacts'}.`;
    }
    const outcome = this.services.ask({ platform: 'console', userId: 'console', text: input, audience: this.audience, conversationId: this.conversationId });
    if (outcome.kind === 'limited') return `Please slow down: try again in ${outcome.retryAfterSeconds} s.`;
    return renderText(outcome.result);
  }

  private topics(): string {
    const topics = this.services.advisor().topics();
    return CATEGORIES.map((category) => {
      const titles = topics.filter((t) => t.category === category).map((t) => `  - ${t.title}`);
      return titles.length > 0 ? `${category}:\n${titles.join('\n')}` : '';
    })
      .filter(Boolean)
      .join('\n');
  }
}
