import type { Command } from './command.js';
import type { OptionName } from './cli-args.js';

const OPTION_HELP: Record<OptionName, string> = {
  dir: '--dir <folder>   knowledge folder (default: COBRIDGE_KNOWLEDGE_DIR, else the shipped knowledge)',
  model: '--model <file>   model file (default: the shipped model next to the shipped knowledge)',
  html: '--html <file>    where eval writes its HTML report (default: docs/reports/eval.html)',
  json: '--json           eval: print the report as JSON instead of text',
  floors: '--floors         eval: exit 1 when a metric falls below its floor',
  blind:
    '--blind <file>   eval: also score this blind set (JSON Lines; an item\'s "lang" must be the answer\'s language); ' +
    'its misses are not shown',
  db: '--db <file>      question log (default: COBRIDGE_DB, else cobridge.db in COBRIDGE_DATA_DIR)',
  days: '--days <n>       only questions of the last n days',
  source: "--source <id>    import: the source the document is (the shipped paper's id, or a new or further source)",
  'dry-run': '--dry-run        import: show what would change, write nothing',
  title: '--title "…"      import: the source\'s title (a new source: default its first line)',
  attribution: '--attribution "…"  import: who issued it and where it comes from (needed for a new source)',
  version: '--version <v>    import: the version to record (default: the previous one plus one when anything changed)',
  strict: '--strict         validate: answers written against a changed clause are errors, not warnings',
  help: '-h, --help       show this help',
};

/** The help text: every command with its arguments and what it does, then every option. */
export function formatUsage(commands: readonly Command[]): string {
  const lines = commands.map((c) => [`${c.name} ${c.argsUsage}`.trim(), c.summary] as const);
  const width = Math.max(...lines.map(([typed]) => typed.length));
  return [
    'Usage: pnpm kb <command> [arguments] [options]',
    '',
    'Commands:',
    ...lines.map(([typed, summary]) => `  ${typed.padEnd(width)}  ${summary}`),
    '',
    'Options:',
    ...Object.values(OPTION_HELP).map((help) => `  ${help}`),
  ].join('\n');
}

/** The one-line usage of a command, for error messages. */
export function commandUsage(command: Command): string {
  const options = command.options.map((o) => (OPTION_HELP[o].split(/\s{2,}/)[0] ?? o).replace(/^-h, /, ''));
  return `Usage: pnpm kb ${[command.name, command.argsUsage, ...options.map((o) => `[${o}]`)].filter(Boolean).join(' ')}`;
}
