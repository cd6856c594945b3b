import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { askCommand } from './ask.js';
import { topicCommand } from './topic.js';
import { modesCommand } from './modes.js';
import { obligationsCommand } from './obligations.js';
import { checkCommand } from './check.js';
import { timelineCommand } from './timeline.js';
import { findModesCommand } from './find-modes.js';
import { glossaryCommand } from './glossary.js';
import { helpCommand } from './help.js';
import { adminCommand } from './admin.js';
import type { Command } from './command.js';
import { withChineseDescriptions } from './localize.js';

/** Every slash command the bot answers. */
export const COMMANDS: readonly Command[] = [
  askCommand,
  topicCommand,
  modesCommand,
  obligationsCommand,
  checkCommand,
  timelineCommand,
  findModesCommand,
  glossaryCommand,
  helpCommand,
  adminCommand,
];

/** Commands by name, for the interaction router. */
export const COMMANDS_BY_NAME: ReadonlyMap<string, Command> = new Map(COMMANDS.map((command) => [command.data.name, command]));

/** The definitions `register-commands` publishes, with their Chinese descriptions for zh-CN and zh-TW clients. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return COMMANDS.map((command) => withChineseDescriptions(command.data));
}
