import { CATEGORIES, type Lang, type TopicSummary } from '@cobridge/policy-knowledge';
import { interfaceStrings } from '@cobridge/reply';
import { fitEmbed } from './fit-embed.js';
import { escapeDiscord } from './markdown.js';
import { COLORS, type RenderedReply } from './reply.js';

/**
 * The /help screen in the interface language: what Cobridge covers (topic counts by category), its commands and
 * example questions.
 */
export function renderHelp(topics: TopicSummary[], lang: Lang = 'en'): RenderedReply {
  const strings = interfaceStrings(lang);
  const { help, tools } = strings;
  const coverage = CATEGORIES.map((category) => ({ category, count: topics.filter((t) => t.category === category).length }))
    .filter((entry) => entry.count > 0)
    .map((entry) => `- ${strings.categories.enterprise[entry.category]}: ${strings.topicCount(entry.count)}`)
    .join('\n');
  const examples = strings.examples.enterprise.map((example) => `- ${escapeDiscord(example.question)}`);
  const embed = fitEmbed({
    title: help.discordTitle,
    description: `${escapeDiscord(help.intro)} ${help.audienceNote}`,
    color: COLORS.notice,
    fields: [
      { name: help.covers, value: coverage || `- ${help.nothingCovered}` },
      {
        name: help.commands,
        value: [
          `\`/ask question:\` ${help.askCommand}`,
          `\`/topic name:\` ${help.topicCommand}`,
          `\`/modes\` ${help.modesCommand}`,
          `\`/obligations situation:\` ${tools.obligations}${help.yourSideFirst}`,
          `\`/check\` ${tools.check}`,
          `\`/timeline start:\` ${tools.timeline}`,
          `\`/find-modes\` ${help.pickNeeds}${tools.modes}`,
          `\`/glossary term:\` ${tools.glossary}${help.glossaryExamples}`,
          help.withoutCommand,
        ].join('\n'),
      },
      { name: help.tryAsking, value: examples.join('\n') },
    ],
  });
  return { embeds: [embed], components: [], ephemeral: true };
}
