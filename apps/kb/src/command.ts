import type { CliArgs, OptionName } from './cli-args.js';
import type { KbEnv } from './env.js';

/** What a command receives: its parsed arguments, the shared settings and the knowledge folder to work on. */
export interface CommandContext {
  args: CliArgs;
  env: KbEnv;
  /** `--dir`, else the environment's knowledge folder. */
  knowledgeDir: string;
}

/** One `kb` sub-command: how it is typed, what it does, and the code that does it. */
export interface Command {
  name: string;
  /** Positional arguments as shown in the usage, e.g. `<id>`; empty when it takes none. */
  argsUsage: string;
  /** How many positional arguments it takes: none, exactly one, or any number of words (at least one). */
  arity: 0 | 1 | 'words';
  options: readonly OptionName[];
  summary: string;
  /** Runs the command and resolves to the process exit code. */
  run(context: CommandContext): Promise<number>;
}
