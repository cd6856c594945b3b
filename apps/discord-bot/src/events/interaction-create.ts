import type { Interaction } from 'discord.js';
import type { Services } from '@cobridge/advisor-runtime';
import { COMMANDS_BY_NAME } from '../commands/index.js';
import { APOLOGY, renderNotice } from '../render/reply.js';
import { respond } from '../respond.js';
import { handleButton, handleSelectMenu } from './components.js';
import { guard } from './guard.js';

/** Said when a command is not one of ours (e.g. a stale registration). */
export const UNKNOWN_COMMAND = "Sorry, I don't know that command. Try `/help`.";

async function route(interaction: Interaction, services: Services): Promise<void> {
  if (interaction.isChatInputCommand()) {
    const command = COMMANDS_BY_NAME.get(interaction.commandName);
    return command ? command.execute(interaction, services) : respond(interaction, renderNotice(UNKNOWN_COMMAND));
  }
  if (interaction.isAutocomplete()) {
    const command = COMMANDS_BY_NAME.get(interaction.commandName);
    return command?.autocomplete ? command.autocomplete(interaction, services) : interaction.respond([]);
  }
  if (interaction.isButton()) return handleButton(interaction, services);
  if (interaction.isStringSelectMenu()) return handleSelectMenu(interaction, services);
  if (interaction.isRepliable()) return respond(interaction, renderNotice(UNKNOWN_COMMAND));
}

async function apologize(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (interaction.isRepliable()) await respond(interaction, renderNotice(APOLOGY));
}

/** The `interactionCreate` listener: routes commands, autocomplete, buttons and menus; apologizes on failure. */
export function createInteractionListener(services: Services): (interaction: Interaction) => void {
  return guard(services.logger, 'interactionCreate', (interaction: Interaction) => route(interaction, services), apologize);
}
