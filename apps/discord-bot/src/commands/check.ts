import { checkStartReply } from '../feature-replies.js';
import { respond } from '../respond.js';
import { COMMAND_CONTEXTS, toolLangOf, type Command } from './command.js';

/** `/check`: the eligibility check in the client's language, one question at a time with buttons, ending in a verdict with its clauses. */
export const checkCommand = {
  data: {
    name: 'check',
    description: 'Check whether the guidance lets you take part, one question at a time',
    ...COMMAND_CONTEXTS,
  },
  async execute(interaction, services) {
    await respond(interaction, checkStartReply(services.advisor().knowledge, toolLangOf(interaction)));
  },
} satisfies Command;
