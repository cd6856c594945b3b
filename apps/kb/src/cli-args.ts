import { parseArgs } from 'node:util';

/** Every option any command accepts; each command lists the ones it takes. */
export const OPTIONS = {
  dir: { type: 'string' },
  model: { type: 'string' },
  html: { type: 'string' },
  json: { type: 'boolean' },
  floors: { type: 'boolean' },
  blind: { type: 'string' },
  db: { type: 'string' },
  days: { type: 'string' },
  source: { type: 'string' },
  'dry-run': { type: 'boolean' },
  title: { type: 'string' },
  attribution: { type: 'string' },
  version: { type: 'string' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The name of an option. */
export type OptionName = keyof typeof OPTIONS;

/** A parsed command line: the command, its positional arguments and its options. */
export interface CliArgs {
  command: string | undefined;
  positionals: string[];
  options: { [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };
}

/** A mistake in how the command line was typed; printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses `kb <command> [arguments] [--options]`; throws a UsageError for an unknown option or a missing value. */
export function parseCliArgs(argv: string[]): CliArgs {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    const [command, ...rest] = positionals;
    return { command, positionals: rest, options: values };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
