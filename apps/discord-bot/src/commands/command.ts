import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandStringOption,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { sanitizeQuestion, type Services } from '@cobridge/advisor-runtime';
import { hasHan, type Audience, type Lang } from '@cobridge/policy-knowledge';
import { interfaceLang } from '@cobridge/reply';

/** A slash command: its definition as data plus the glue that answers it. */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, services: Services): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, services: Services): Promise<void>;
}

/** A string option with NUL, control and bidirectional-override characters removed (null when not given). */
export function cleanOption(interaction: ChatInputCommandInteraction, name: string): string | null {
  const raw = interaction.options.getString(name);
  return raw === null ? null : sanitizeQuestion(raw, 200).text;
}

/** The language a tool answers a command in: Chinese when its option was typed in Chinese, else the client's locale. */
export function toolLangOf(interaction: ChatInputCommandInteraction, typed: string | null = null): Lang {
  return typed !== null && hasHan(typed) ? 'zh' : interfaceLang(interaction.locale);
}

/** Enterprise wording unless the user chose the teacher audience. */
export function audienceOption(interaction: ChatInputCommandInteraction): Audience {
  return interaction.options.getString('audience') === 'teacher' ? 'teacher' : 'enterprise';
}

/** The optional `audience:` option shared by /ask and /topic. */
export const AUDIENCE_OPTION: APIApplicationCommandStringOption = {
  type: ApplicationCommandOptionType.String,
  name: 'audience',
  description: 'Whose wording to use (default: enterprise)',
  required: false,
  choices: [
    { name: 'Enterprise', value: 'enterprise' },
    { name: 'Teacher', value: 'teacher' },
  ],
};

/** Commands work in servers and in DMs with the bot. */
export const COMMAND_CONTEXTS = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};
