import { CATEGORIES, type TopicSummary } from '@cobridge/policy-knowledge';
import { context, divider, header, section, type Block, type SlackMessage } from './block-kit.js';
import { CATEGORY_LABELS, EXAMPLE_QUESTIONS as EXAMPLE_QUESTIONS_BY_AUDIENCE, HELP_WORDING, topicCount } from '@cobridge/reply';
import type { ToolName } from '../tool-request.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { TOOL_GUIDE } from './render-tools.js';

/** Example questions shown in help (the teachers' examples every surface shares). */
export const EXAMPLE_QUESTIONS = EXAMPLE_QUESTIONS_BY_AUDIENCE.teacher.map((example) => example.question);

/** Help for `/cobridge` and `/cobridge help`: what Cobridge covers, how to ask, examples, and the tools. */
export function renderHelp(topics: TopicSummary[], knowledgeVersion: string, tools: ToolName[] = []): SlackMessage {
  const covered = CATEGORIES.map((category) => ({ category, count: topics.filter((t) => t.category === category).length }))
    .filter(({ count }) => count > 0)
    .map(({ category, count }) => `• ${CATEGORY_LABELS.teacher[category]} (${topicCount(count)})`);
  const examples = EXAMPLE_QUESTIONS.map((q) => `• \`/cobridge ${escapeMrkdwn(q)}\``);
  return {
    text: 'Cobridge answers questions about the school-enterprise cooperation guidance for teachers.',
    blocks: [
      header('Cobridge: policy answers for teachers'),
      section(escapeMrkdwn(HELP_WORDING.intro)),
      section(`*${HELP_WORDING.covers}*\n${covered.join('\n') || `• ${HELP_WORDING.nothingCovered}`}`),
      divider(),
      section(
        `*${HELP_WORDING.tryAsking}*\n${examples.join('\n')}\n• Mention me in a channel and I answer in a thread\n` +
          '• Send me a direct message\n• Browse every topic on my *Home* tab',
      ),
      ...toolsSection(tools),
      context([escapeMrkdwn(HELP_WORDING.knowledgeVersion(knowledgeVersion))]),
    ],
  };
}

function toolsSection(tools: ToolName[]): Block[] {
  if (tools.length === 0) return [];
  const lines = tools.map((tool) => `• \`${escapeMrkdwn(TOOL_GUIDE[tool].usage)}\`: ${escapeMrkdwn(TOOL_GUIDE[tool].does)}`);
  return [section(`*${HELP_WORDING.tools}*\n${lines.join('\n')}`)];
}
