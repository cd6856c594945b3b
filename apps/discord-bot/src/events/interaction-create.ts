import { DiscordAPIError, RESTJSONErrorCodes, type Interaction } from 'discord.js';
import type { Services } from '@cobridge/advisor-runtime';
import { interfaceLang, interfaceStrings } from '@cobridge/reply';
import { COMMANDS_BY_NAME } from '../commands/index.js';
import { renderNotice } from '../render/reply.js';
import { renderOutcome } from '../render/render-result.js';
import { respond } from '../respond.js';
import { handleButton, handleSelectMenu } from './components.js';
import type { InFlight } from '../in-flight.js';
import { guard } from './guard.js';
import { DEFER_AFTER_MS, deferLateAsk, interactionKey } from './deferred-ask.js';

/** Tool commands: they share the question rate limit (/ask applies it itself; help and admin are free). */
const RATE_LIMITED = new Set(['check', 'find-modes', 'glossary', 'modes', 'obligations', 'timeline', 'topic']);

async function route(interaction: Interaction, services: Services): Promise<void> {
  const strings = interfaceStrings(interfaceLang(interaction.locale));
  if (interaction.isChatInputCommand()) {
    const command = COMMANDS_BY_NAME.get(interaction.commandName);
    const refusal = RATE_LIMITED.has(interaction.commandName) ? services.admit('discord', interaction.user.id) : undefined;
    // An interaction must be answered, so a refusal is always told, and only to the asker (ephemeral).
    if (refusal) return respond(interaction, renderOutcome({ kind: 'limited', ...refusal }, 'enterprise', strings.lang));
    return command ? command.execute(interaction, services) : respond(interaction, renderNotice(strings.unknownCommand));
  }
  if (interaction.isAutocomplete()) {
    const command = COMMANDS_BY_NAME.get(interaction.commandName);
    return command?.autocomplete ? command.autocomplete(interaction, services) : interaction.respond([]);
  }
  if (interaction.isButton()) return handleButton(interaction, services);
  if (interaction.isStringSelectMenu()) return handleSelectMenu(interaction, services);
  if (interaction.isRepliable()) return respond(interaction, renderNotice(strings.unknownCommand));
}

/** Errors after which the interaction takes no answer any more: it was answered already, or it has expired. */
const SETTLED = new Set<unknown>([RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged, RESTJSONErrorCodes.UnknownInteraction]);

/** True when `error` says the interaction can take no further answer (a retried reply that had arrived, an expired one). */
export function settlesInteraction(error: unknown): boolean {
  return error instanceof DiscordAPIError && SETTLED.has(error.code);
}

async function apologize(interaction: Interaction, error: unknown): Promise<void> {
  if (settlesInteraction(error)) return;
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (interaction.isRepliable()) await respond(interaction, renderNotice(interfaceStrings(interfaceLang(interaction.locale)).apology));
}

/**
 * Routes an interaction once: it is kept in the inbox first, and one seen before (a gateway replay) is skipped.
 * An /ask that arrived late is deferred first (see deferLateAsk).
 */
async function routeOnce(interaction: Interaction, services: Services, deferAfterMs: number): Promise<void> {
  if (interaction.isAutocomplete()) return route(interaction, services);
  const key = interactionKey(interaction.id);
  if (!services.inbox.accept('discord', key, '{}')) {
    services.logger.info('ignored an interaction already received', { key });
    return;
  }
  try {
    if (interaction.isChatInputCommand()) await deferLateAsk(interaction, services, deferAfterMs);
    await route(interaction, services);
  } finally {
    services.inbox.done('discord', key);
  }
}

/**
 * The `interactionCreate` listener: routes commands, autocomplete, buttons and menus; apologizes on failure.
 * `deferAfterMs`: how late an /ask may arrive before it is deferred first.
 */
export function createInteractionListener(
  services: Services,
  inFlight?: InFlight,
  deferAfterMs = DEFER_AFTER_MS,
): (interaction: Interaction) => void {
  const handle = (interaction: Interaction) => routeOnce(interaction, services, deferAfterMs);
  return guard(services.logger, 'interactionCreate', handle, apologize, inFlight);
}
