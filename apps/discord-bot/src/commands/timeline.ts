import { ApplicationCommandOptionType } from 'discord.js';
import { timelineReply } from '../feature-replies.js';
import { respond } from '../respond.js';
import { COMMAND_CONTEXTS, cleanOption, toolLangOf, type Command } from './command.js';

/** `/timeline start:<YYYY-MM-DD>`: when the three-year retention ends and what can happen before, each with its clause. */
export const timelineCommand = {
  data: {
    name: 'timeline',
    description: 'From a leave start date: when the retention of the post ends and what can happen before',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'start',
        description: 'The date the leave starts, as YYYY-MM-DD (e.g. 2025-09-01)',
        required: true,
        max_length: 40,
      },
    ],
    ...COMMAND_CONTEXTS,
  },
  async execute(interaction, services) {
    await respond(
      interaction,
      timelineReply(services.advisor().knowledge, cleanOption(interaction, 'start') ?? '', toolLangOf(interaction)),
    );
  },
} satisfies Command;
