import { fileURLToPath } from 'node:url';
import { useProjectSettings } from '@cobridge/advisor-runtime/settings';
import { checkHealth } from './check-health.js';

/** The commands `cobridge` understands, with the module each one runs. */
const ENTRIES = {
  console: '@cobridge/console/main',
  ask: '@cobridge/console/ask',
  kb: '@cobridge/kb/main',
  slack: '@cobridge/slack-bot/main',
  discord: '@cobridge/discord-bot/main',
} as const;

const USAGE = 'Usage: cobridge [start | ask "question" | kb <command> | eval | healthcheck]';

/** Which apps `start` runs: the Slack bot and/or the Discord bot when their tokens are set, else the console. */
export function appsToStart(env: NodeJS.ProcessEnv): Array<keyof typeof ENTRIES> {
  const bots = [env.SLACK_BOT_TOKEN?.trim() ? 'slack' : '', env.DISCORD_TOKEN?.trim() ? 'discord' : ''].filter(Boolean);
  return bots.length > 0 ? (bots as Array<'slack' | 'discord'>) : ['console'];
}

/** Runs one `cobridge` command line; resolves to the exit code when the command is over (start: when it stops). */
export async function runCommand(argv: string[]): Promise<number | undefined> {
  const [command = 'start', ...rest] = argv;
  switch (command) {
    case 'start': {
      useProjectSettings();
      const apps = appsToStart(process.env);
      if (apps.length === 1) return runInProcess(ENTRIES[apps[0]!], []);
      return runChildren(apps.map((app) => ENTRIES[app]));
    }
    case 'ask':
    case 'kb':
      return runInProcess(ENTRIES[command], rest);
    case 'eval':
      return runInProcess(ENTRIES.kb, ['eval', ...rest]);
    case 'healthcheck':
      useProjectSettings();
      return (await checkHealth(process.env)) ? 0 : 1;
    default:
      process.stderr.write(`cobridge: unknown command "${command}"\n${USAGE}\n`);
      return 2;
  }
}

/** Runs an app's entry module in this process, as if it had been started with `args`. */
async function runInProcess(entry: string, args: string[]): Promise<undefined> {
  const file = fileURLToPath(import.meta.resolve(entry));
  process.argv = [process.argv[0]!, file, ...args];
  await import(entry);
  return undefined;
}

/**
 * Runs both bots as child processes, forwarding stop signals; resolves to the first failing exit code. One bot that
 * fails stops the other, so a service manager restarts the whole service instead of leaving half of it running.
 */
async function runChildren(entries: string[]): Promise<number> {
  // Imported here: child processes (and the modules they need) are only for running both bots at once.
  const { spawn } = await import('node:child_process');
  const children = entries.map((entry) =>
    spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.resolve(entry))], { stdio: 'inherit' }),
  );
  let stopping = false;
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(signal));
  const codes = await Promise.all(
    children.map(
      (child) =>
        new Promise<number>((resolve) =>
          child.on('exit', (code) => {
            if (code !== 0 && !stopping) stopAll('SIGTERM');
            resolve(code ?? 1);
          }),
        ),
    ),
  );
  return codes.find((code) => code !== 0) ?? 0;
}
