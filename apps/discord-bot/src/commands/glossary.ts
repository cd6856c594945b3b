import { ApplicationCommandOptionType } from 'discord.js';
import { listGlossary } from '@cobridge/policy-knowledge';
import { interfaceLang } from '@cobridge/reply';
import { termReply } from '../feature-replies.js';
import { respond } from '../respond.js';
import { COMMAND_CONTEXTS, cleanOption, toolLangOf, type Command } from './command.js';
import { matchChoices } from './match-choices.js';

/** `/glossary term:<autocomplete>`: a term's plain definition and clause, found by its own or everyday words; no term lists them all. */
export const glossaryCommand = {
  data: {
    name: 'glossary',
    description: "The guidance's terms in plain words, e.g. bianzhi or keep my job",
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'term',
        description: 'Start typing a term or an everyday word (leave empty for the list)',
        required: false,
        autocomplete: true,
        max_length: 100,
      },
    ],
    ...COMMAND_CONTEXTS,
  },
  async autocomplete(interaction, services) {
    const { knowledge } = services.advisor();
    const english = listGlossary(knowledge);
    const shown = listGlossary(knowledge, interfaceLang(interaction.locale));
    // Named in the client's language, found by either language's term and the everyday words.
    const terms = shown.map((t, i) => ({ name: t.term, value: t.id, words: [english[i]?.term ?? '', ...t.aliases] }));
    await interaction.respond(matchChoices(terms, interaction.options.getFocused()));
  },
  async execute(interaction, services) {
    const typed = cleanOption(interaction, 'term');
    await respond(interaction, termReply(services.advisor().knowledge, typed, toolLangOf(interaction, typed)));
  },
} satisfies Command;
