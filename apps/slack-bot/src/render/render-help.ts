import { CATEGORIES, type Lang, type TopicSummary } from '@cobridge/policy-knowledge';
import { context, divider, header, section, type Block, type SlackMessage } from './block-kit.js';
import { interfaceStrings, type InterfaceStrings } from '@cobridge/reply';
import type { ToolName } from '../tool-request.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { toolUsage } from './render-tools.js';

/**
 * Help for `/cobridge` and `/cobridge help` in the user's interface language: what Cobridge covers, how to ask,
 * examples, and the tools.
 */
export function renderHelp(topics: TopicSummary[], knowledgeVersion: string, tools: ToolName[] = [], lang: Lang = 'en'): SlackMessage {
  const strings = interfaceStrings(lang);
  const { help } = strings;
  const covered = CATEGORIES.map((category) => ({ category, count: topics.filter((t) => t.category === category).length }))
    .filter(({ count }) => count > 0)
    .map(({ category, count }) => `• ${strings.categories.teacher[category]} (${strings.topicCount(count)})`);
  const examples = strings.examples.teacher.map((example) => `• \`/cobridge ${escapeMrkdwn(example.question)}\``);
  return {
    text: help.slackText,
    blocks: [
      header(help.slackTitle),
      section(escapeMrkdwn(help.intro)),
      section(`*${help.covers}*\n${covered.join('\n') || `• ${help.nothingCovered}`}`),
      divider(),
      section(`*${help.tryAsking}*\n${[...examples, ...help.slackWays.map((way) => `• ${way}`)].join('\n')}`),
      ...toolsSection(tools, strings, lang),
      context([escapeMrkdwn(help.knowledgeVersion(knowledgeVersion))]),
    ],
  };
}

function toolsSection(tools: ToolName[], strings: InterfaceStrings, lang: Lang): Block[] {
  if (tools.length === 0) return [];
  const lines = tools.map((tool) => `• \`${escapeMrkdwn(toolUsage(tool, lang))}\`: ${escapeMrkdwn(strings.tools[tool])}`);
  return [section(`*${strings.help.tools}*\n${lines.join('\n')}`)];
}
