import { ApplicationCommandOptionType } from 'discord.js';
import { hasFeature, listSituations, matchSituation, type Advisor, type AnswerResult, type Lang } from '@cobridge/policy-knowledge';
import { interfaceLang } from '@cobridge/reply';
import { checklistReply, situationPicker } from '../feature-replies.js';
import { limitRows } from '../render/components.js';
import { renderDigest, type Digest } from '../render/render-digest.js';
import type { RenderedReply } from '../render/reply.js';
import { respond } from '../respond.js';
import { COMMAND_CONTEXTS, cleanOption, toolLangOf, type Command } from './command.js';
import { matchChoices } from './match-choices.js';

/** Topics that say what an enterprise must do: the `obligations` category plus these ids. */
export const OBLIGATION_TOPICS: { category: string; extra: readonly string[] } = {
  category: 'obligations',
  extra: ['leave.injury-insurance'],
};

/** What an enterprise must do, one entry per duty with its clause, in enterprise wording. */
export function obligationsDigest(advisor: Advisor): Digest {
  const entries = advisor
    .topics()
    .filter((t) => t.category === OBLIGATION_TOPICS.category || OBLIGATION_TOPICS.extra.includes(t.id))
    .map((t) => advisor.topicAnswer(t.id, 'enterprise'))
    .filter((answer): answer is AnswerResult => answer !== undefined);
  return {
    title: 'What an enterprise must do',
    intro: 'When you employ or work with teachers from a college, the guidance puts these duties on the enterprise:',
    entries,
    audience: 'enterprise',
    placeholder: 'Open a duty to read it in full',
  };
}

/** The enterprise duties digest with the situation picker below it (the picker in `lang`). */
export function obligationsOverview(advisor: Advisor, lang: Lang = 'en'): RenderedReply {
  const digest = renderDigest(obligationsDigest(advisor));
  return { ...digest, components: limitRows([...digest.components, ...situationPicker(advisor.knowledge, lang)]) };
}

/**
 * The situation a /obligations value names: its id (what autocomplete sends), its English or Chinese title, or words
 * that describe it in either language.
 */
export function resolveSituation(advisor: Advisor, typed: string): string {
  const wanted = typed.trim().toLowerCase();
  if (!hasFeature(advisor.knowledge, 'obligations')) return wanted;
  const titled = (lang: Lang) => listSituations(advisor.knowledge, lang).find((s) => s.id === wanted || s.title.toLowerCase() === wanted);
  return titled('en')?.id ?? titled('zh')?.id ?? matchSituation(advisor.knowledge, typed) ?? wanted;
}

/**
 * `/obligations [situation]`: a situation's checklist (the enterprise's items first); without one, the enterprise's
 * duties and a situation picker.
 */
export const obligationsCommand = {
  data: {
    name: 'obligations',
    description: 'Who must do or sign what, with the clause for each item',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'situation',
        description: 'e.g. hiring a teacher who has left the post (leave empty for all enterprise duties)',
        required: false,
        autocomplete: true,
        max_length: 200,
      },
    ],
    ...COMMAND_CONTEXTS,
  },
  async autocomplete(interaction, services) {
    const { knowledge } = services.advisor();
    if (!hasFeature(knowledge, 'obligations')) return interaction.respond([]);
    const english = listSituations(knowledge);
    // Named in the client's language, found by the title in either language.
    const situations = listSituations(knowledge, interfaceLang(interaction.locale)).map((s, i) => ({
      name: s.title,
      value: s.id,
      words: [english[i]?.title ?? ''],
    }));
    await interaction.respond(matchChoices(situations, interaction.options.getFocused()));
  },
  async execute(interaction, services) {
    const advisor = services.advisor();
    const typed = cleanOption(interaction, 'situation');
    const lang = toolLangOf(interaction, typed);
    const reply = typed ? checklistReply(advisor.knowledge, resolveSituation(advisor, typed), lang) : obligationsOverview(advisor, lang);
    await respond(interaction, reply);
  },
} satisfies Command;
