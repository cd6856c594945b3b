import { ApplicationCommandOptionType } from 'discord.js';
import { matchNames, type TopicSummary } from '@cobridge/policy-knowledge';
import { interfaceLang, interfaceStrings } from '@cobridge/reply';
import { AUTOCOMPLETE_CHOICES_MAX, AUTOCOMPLETE_CHOICE_MAX } from '../render/limits.js';
import { truncate } from '../render/markdown.js';
import { renderAnswer } from '../render/render-result.js';
import { renderNotice } from '../render/reply.js';
import { respond } from '../respond.js';
import { AUDIENCE_OPTION, COMMAND_CONTEXTS, audienceOption, cleanOption, type Command } from './command.js';

/** Topics whose title or id starts with, contains or (misspelt) resembles the typed text, best first, then by title. */
export function matchTopics(topics: TopicSummary[], typed: string): TopicSummary[] {
  const byTitle = [...topics].sort((a, b) => a.title.localeCompare(b.title));
  return matchNames(byTitle, typed, (t) => [t.title, t.id]);
}

/** The topic a /topic value names: its id (what autocomplete sends), its exact title, else the title it resembles most. */
export function resolveTopicId(topics: TopicSummary[], typed: string): string | undefined {
  const wanted = typed.trim().toLowerCase();
  if (wanted === '') return undefined;
  return (topics.find((t) => t.id === wanted || t.title.toLowerCase() === wanted) ?? matchTopics(topics, wanted)[0])?.id;
}

/** `/topic name:<autocomplete>`: shows any topic's answer by its title. */
export const topicCommand = {
  data: {
    name: 'topic',
    description: 'Browse a topic of the guidance by name',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'name',
        description: 'Start typing a topic title',
        required: true,
        autocomplete: true,
      },
      AUDIENCE_OPTION,
    ],
    ...COMMAND_CONTEXTS,
  },
  async autocomplete(interaction, services) {
    const matches = matchTopics(services.advisor().topics(), interaction.options.getFocused());
    await interaction.respond(
      matches.slice(0, AUTOCOMPLETE_CHOICES_MAX).map((t) => ({ name: truncate(t.title, AUTOCOMPLETE_CHOICE_MAX), value: t.id })),
    );
  },
  async execute(interaction, services) {
    const audience = audienceOption(interaction);
    const typed = cleanOption(interaction, 'name') ?? '';
    const advisor = services.advisor();
    const id = resolveTopicId(advisor.topics(), typed);
    const answer = id ? advisor.topicAnswer(id, audience) : undefined;
    const lang = interfaceLang(interaction.locale);
    await respond(interaction, answer ? renderAnswer(answer, audience, null, lang) : renderNotice(interfaceStrings(lang).unknownTopic));
  },
} satisfies Command;
