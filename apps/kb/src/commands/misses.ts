import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { KnowledgeError, loadKnowledge } from '@cobridge/policy-knowledge';
import { openQuestionLog, type Miss } from '@cobridge/question-log';
import { UsageError } from '../cli-args.js';
import type { Command } from '../command.js';
import { formatMissGroups } from '../format-miss-groups.js';

/** At most this many distinct missed questions are read from the log. */
export const MISSES_LIMIT = 200;

// openQuestionLog insists on a salt, but only `record` and `hashUser` use it; reading misses never does.
const READ_ONLY_SALT = 'kb-reads-misses-only';

/** `kb misses`: the declined, clarified and down-voted questions, most frequent first, by nearest topic. */
export const missesCommand: Command = {
  name: 'misses',
  argsUsage: '',
  arity: 0,
  options: ['dir', 'db', 'days'],
  summary: 'List declined, clarified and down-voted questions from the log, by nearest topic.',
  async run({ args, env, knowledgeDir }) {
    const days = args.options.days === undefined ? undefined : Number(args.options.days);
    if (days !== undefined && !(Number.isInteger(days) && days > 0))
      throw new UsageError(`--days must be a positive whole number, got "${args.options.days}"`);
    const dbPath = args.options.db ?? env.dbPath;
    if (dbPath === 'off') throw new Error('the question log is turned off (COBRIDGE_DB=off); pass --db <file> to read one');
    const path = resolve(dbPath);
    // Opening creates a missing database; an admin asking for misses should hear it is not there instead.
    if (!existsSync(path)) throw new Error(`no question log at ${path} (set COBRIDGE_DB or pass --db <file>)`);
    // Infinite retention: opening prunes old rows otherwise, and reading must not delete anything.
    const log = openQuestionLog({ path, salt: READ_ONLY_SALT, retentionDays: Infinity });
    let misses: Miss[];
    try {
      misses = log.misses({ limit: MISSES_LIMIT, days });
    } finally {
      log.close();
    }
    console.log(formatMissGroups(misses, await topicTitles(knowledgeDir), days));
    return 0;
  },
};

/** Topic titles by id; an invalid knowledge folder only costs the titles (ids are shown instead). */
async function topicTitles(dir: string): Promise<ReadonlyMap<string, string>> {
  try {
    const knowledge = await loadKnowledge(dir);
    return new Map(knowledge.topics.map((t) => [t.id, t.title]));
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    console.error('kb: the knowledge is invalid (run pnpm kb validate), so topics are shown by id.');
    return new Map();
  }
}
