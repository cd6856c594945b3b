import { interfaceLang } from '@cobridge/reply';
import { renderHelp } from '../render/render-help.js';
import { respond } from '../respond.js';
import { COMMAND_CONTEXTS, type Command } from './command.js';

/** `/help`: what Cobridge covers, its commands and example questions, in the language of the asker's Discord client. */
export const helpCommand = {
  data: { name: 'help', description: 'What Cobridge covers and how to ask', ...COMMAND_CONTEXTS },
  async execute(interaction, services) {
    await respond(interaction, renderHelp(services.advisor().topics(), interfaceLang(interaction.locale)));
  },
} satisfies Command;
