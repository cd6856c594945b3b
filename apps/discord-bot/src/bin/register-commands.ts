import { DiscordEnvError, loadDotEnv, parseDiscordEnv } from '../env.js';
import { publishCommands } from '../publish-commands.js';

// `pnpm --filter @cobridge/discord-bot register-commands`: publish the slash commands, then exit.
try {
  loadDotEnv();
  const result = await publishCommands(parseDiscordEnv());
  const where = result.scope === 'guild' ? 'to the test server' : 'globally; they may take up to an hour to appear';
  process.stdout.write(`Registered ${result.count} commands (${where}).\n`);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${error instanceof DiscordEnvError ? reason : `Registering commands failed: ${reason}`}\n`);
  process.exitCode = 1;
}
