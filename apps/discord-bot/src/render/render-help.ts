import { CATEGORIES, type TopicSummary } from '@cobridge/policy-knowledge';
import { CATEGORY_LABELS, EXAMPLE_QUESTIONS, HELP_WORDING, TOOL_DESCRIPTIONS, topicCount } from '@cobridge/reply';
import { fitEmbed } from './fit-embed.js';
import { escapeDiscord } from './markdown.js';
import { COLORS, type RenderedReply } from './reply.js';

/** Example questions shown by /help, in enterprise wording (shared with every surface). */
export const HELP_EXAMPLES = EXAMPLE_QUESTIONS.enterprise.map((example) => example.question);

/** The /help screen: what Cobridge covers (topic counts by category), its commands and example questions. */
export function renderHelp(topics: TopicSummary[]): RenderedReply {
  const coverage = CATEGORIES.map((category) => ({ category, count: topics.filter((t) => t.category === category).length }))
    .filter((entry) => entry.count > 0)
    .map((entry) => `- ${CATEGORY_LABELS.enterprise[entry.category]}: ${topicCount(entry.count)}`)
    .join('\n');
  const embed = fitEmbed({
    title: 'Cobridge: policy guidance for school-enterprise cooperation',
    description: `${escapeDiscord(HELP_WORDING.intro)} Answers are worded for enterprises unless you pick the teacher audience.`,
    color: COLORS.notice,
    fields: [
      { name: HELP_WORDING.covers, value: coverage || `- ${HELP_WORDING.nothingCovered}` },
      {
        name: 'Commands',
        value: [
          '`/ask question:` ask in your own words (`audience:` teacher or enterprise)',
          '`/topic name:` browse a topic by name',
          '`/modes` the cooperation modes',
          `\`/obligations situation:\` ${TOOL_DESCRIPTIONS.obligations}, your side first`,
          `\`/check\` ${TOOL_DESCRIPTIONS.check}`,
          `\`/timeline start:\` ${TOOL_DESCRIPTIONS.timeline}`,
          `\`/find-modes\` pick your needs: ${TOOL_DESCRIPTIONS.modes}`,
          `\`/glossary term:\` ${TOOL_DESCRIPTIONS.glossary} (bianzhi, keep my job, …)`,
          'Mention me or send me a DM to ask without a command.',
        ].join('\n'),
      },
      { name: HELP_WORDING.tryAsking, value: HELP_EXAMPLES.map((example) => `- ${escapeDiscord(example)}`).join('\n') },
    ],
  });
  return { embeds: [embed], components: [], ephemeral: true };
}
