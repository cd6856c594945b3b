import { copyFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupDatabase } from '@cobridge/question-log';
import type { Command } from '../command.js';

/** The file beside a question log that holds its user-hash salt (written by the bots when COBRIDGE_HASH_SALT is unset). */
export function saltFileOf(dbPath: string): string {
  return `${dbPath}.salt`;
}

/** `kb backup <file>`: a consistent copy of the question log while the bots run, plus its salt file. */
export const backupCommand: Command = {
  name: 'backup',
  argsUsage: '<file>',
  arity: 1,
  options: ['db'],
  summary: 'Copy the question log to <file> with SQLite online backup (safe while the bots run), and its salt file to <file>.salt.',
  async run({ args, env }) {
    const dbPath = args.options.db ?? env.dbPath;
    if (dbPath === 'off') throw new Error('the question log is turned off (COBRIDGE_DB=off); pass --db <file> to back one up');
    const source = resolve(dbPath);
    if (!existsSync(source)) throw new Error(`no question log at ${source} (set COBRIDGE_DB or pass --db <file>)`);
    const target = resolve(args.positionals[0]!);
    const { pages } = await backupDatabase(source, target);
    console.log(`Backed up ${source} to ${target} (${pages} pages).`);
    const salt = saltFileOf(source);
    if (existsSync(salt)) {
      copyFileSync(salt, saltFileOf(target));
      console.log(
        `Copied its salt file to ${saltFileOf(target)}: keep the two together (without it, restored user hashes no longer match).`,
      );
    } else {
      console.log('No salt file beside the log: COBRIDGE_HASH_SALT holds the salt; keep it with this backup.');
    }
    console.log('To restore: stop Cobridge, copy the backup to COBRIDGE_DB and its .salt beside it, start Cobridge (docs/deployment.md).');
    return 0;
  },
};
