import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { COMMAND_TEXT_ZH } from '@cobridge/reply';

/** The Discord locales shown the Chinese command descriptions (both get simplified Chinese). */
export const CHINESE_LOCALES = ['zh-CN', 'zh-TW'] as const;

type Localizations = Partial<Record<(typeof CHINESE_LOCALES)[number], string>>;

interface Described {
  description?: string;
  options?: Described[];
  choices?: { name: string; value: string | number }[];
}

function chinese(text: string): Localizations | undefined {
  const zh = COMMAND_TEXT_ZH[text];
  return zh === undefined ? undefined : Object.fromEntries(CHINESE_LOCALES.map((locale) => [locale, zh]));
}

function localized<T extends Described>(item: T): T {
  const descriptions = item.description === undefined ? undefined : chinese(item.description);
  return {
    ...item,
    ...(descriptions === undefined ? {} : { description_localizations: descriptions }),
    ...(item.options === undefined ? {} : { options: item.options.map(localized) }),
    ...(item.choices === undefined ? {} : { choices: item.choices.map((choice) => ({ ...choice, ...nameLocalizations(choice.name) })) }),
  };
}

function nameLocalizations(name: string): { name_localizations?: Localizations } {
  const names = chinese(name);
  return names === undefined ? {} : { name_localizations: names };
}

/**
 * A command definition with `description_localizations` for zh-CN and zh-TW on the command, every option and
 * subcommand, and `name_localizations` on every choice, from the shared Chinese command text.
 */
export function withChineseDescriptions(
  command: RESTPostAPIChatInputApplicationCommandsJSONBody,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return localized(command as Described) as RESTPostAPIChatInputApplicationCommandsJSONBody;
}
