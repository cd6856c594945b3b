import { KnowledgeError, formatIssue } from '@cobridge/policy-knowledge';
import { parseCliArgs, UsageError, type CliArgs, type OptionName } from './cli-args.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import type { KbEnv } from './env.js';
import { plural } from './format.js';
import { commandUsage, formatUsage } from './usage.js';

/** Runs one `kb` command line and resolves to its exit code: 0 done, 1 failed, 2 mistyped. */
export async function runKb(argv: string[], env: KbEnv): Promise<number> {
  // Known before parsing, so a mistyped option still gets its command's usage rather than the full help.
  let command = COMMANDS.find((c) => c.name === argv.find((a) => !a.startsWith('-')));
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help' || (args.command === undefined && args.options.help)) return help(args.positionals[0]);
    if (args.command === undefined) throw new UsageError('missing command');
    command = COMMANDS.find((c) => c.name === args.command);
    if (!command) throw new UsageError(`unknown command "${args.command}"`);
    if (args.options.help) return help(command.name);
    checkArguments(command, args);
    return await command.run({ args, env, knowledgeDir: args.options.dir ?? env.knowledgeDir });
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`kb: ${error.message}\n\n${command ? commandUsage(command) : formatUsage(COMMANDS)}`);
      return 2;
    }
    if (error instanceof KnowledgeError) {
      console.error(formatKnowledgeError(error));
      return 1;
    }
    console.error(`kb: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** Every issue as `file:line:column field: message`, then how many problems in how many files. */
export function formatKnowledgeError(error: KnowledgeError): string {
  const files = new Set(error.issues.map((i) => i.file)).size;
  const summary = `The knowledge is invalid: ${plural(error.issues.length, 'problem')} in ${plural(files, 'file')}.`;
  return [...error.issues.map(formatIssue), '', summary].join('\n');
}

function help(name: string | undefined): number {
  const command = COMMANDS.find((c) => c.name === name);
  if (name !== undefined && !command) throw new UsageError(`unknown command "${name}"`);
  console.log(command ? `${commandUsage(command)}\n\n${command.summary}` : formatUsage(COMMANDS));
  return 0;
}

function checkArguments(command: Command, args: CliArgs): void {
  const extra = (Object.keys(args.options) as OptionName[]).find((o) => o !== 'help' && !command.options.includes(o));
  if (extra) throw new UsageError(`${command.name} does not take --${extra}`);
  const count = args.positionals.length;
  if (command.arity === 0 && count > 0) throw new UsageError(`${command.name} takes no arguments, got "${args.positionals.join(' ')}"`);
  if (command.arity === 1 && count !== 1) throw new UsageError(`${command.name} takes exactly one argument: ${command.argsUsage}`);
  if (command.arity === 'words' && count === 0) throw new UsageError(`${command.name} needs ${command.argsUsage}`);
}
