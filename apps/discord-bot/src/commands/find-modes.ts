import { needsPickerReply } from '../feature-replies.js';
import { respond } from '../respond.js';
import { COMMAND_CONTEXTS, toolLangOf, type Command } from './command.js';

/** `/find-modes`: pick your enterprise's needs, get the cooperation modes that serve them with why and the clause. */
export const findModesCommand = {
  data: {
    name: 'find-modes',
    description: 'Pick what your enterprise needs and see the cooperation modes that serve it',
    ...COMMAND_CONTEXTS,
  },
  async execute(interaction, services) {
    await respond(interaction, needsPickerReply(services.advisor().knowledge, toolLangOf(interaction)));
  },
} satisfies Command;
