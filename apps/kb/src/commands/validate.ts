import {
  formatIssue,
  formatStale,
  KnowledgeError,
  loadKnowledge,
  LOCK_FILE,
  type Knowledge,
  type LockReport,
} from '@cobridge/policy-knowledge';
import { mergeIssues, readCitationState } from '../citation-check.js';
import type { Command } from '../command.js';
import { plural } from '../format.js';

/**
 * `kb validate`: checks every knowledge file and every citation against the lock; problems are reported by the
 * error funnel, all at once. A citation of a removed clause is an error; one written against a clause that has
 * changed since is a warning ("needs review"), an error with --strict.
 */
export const validateCommand: Command = {
  name: 'validate',
  argsUsage: '',
  arity: 0,
  options: ['dir', 'strict'],
  summary:
    'Check every knowledge file and citation; list every problem as file:line:column field: message, ' +
    'then warnings and answers to re-check.',
  async run({ args, knowledgeDir }) {
    const { report } = await readCitationState(knowledgeDir);
    let knowledge: Knowledge;
    try {
      knowledge = await loadKnowledge(knowledgeDir);
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      printReview(report, args.options.strict === true);
      throw new KnowledgeError(mergeIssues(error.issues, report.removed));
    }
    if (report.removed.length > 0) {
      printReview(report, args.options.strict === true);
      throw new KnowledgeError(report.removed);
    }
    const questions = knowledge.topics.reduce((sum, t) => sum + t.questions.length, 0);
    console.log(
      `Knowledge ${knowledge.version} is valid: ${plural(knowledge.topics.length, 'topic')}, ` +
        `${plural(knowledge.clauses.size, 'clause')}, ${plural(questions, 'training question')}, ` +
        `${plural(knowledge.outOfScope.length, 'out-of-scope example')}.`,
    );
    if (knowledge.warnings.length > 0) {
      console.log(
        `\nCheck ${knowledge.warnings.length === 1 ? 'this' : 'these'} ` +
          `(${plural(knowledge.warnings.length, 'warning')}; they do not stop anything):`,
      );
      for (const warning of knowledge.warnings) console.log(`  ${formatIssue(warning)}`);
    }
    printReview(report, args.options.strict === true);
    if (report.unlocked > 0)
      console.log(
        `\n${plural(report.unlocked, 'citation')} not yet in ${LOCK_FILE} (new facts or answers): ` +
          '`pnpm kb build` or `pnpm kb review` records them.',
      );
    return args.options.strict && report.stale.length > 0 ? 1 : 0;
  },
};

/** The citations written against a clause that has changed since, one line each (printed even when invalid). */
function printReview(report: LockReport, strict: boolean): void {
  if (report.stale.length === 0) return;
  const clauses = new Set(report.stale.map((s) => s.clause)).size;
  const effect = strict ? 'errors with --strict' : 'the bots keep serving them';
  console.log(
    `\nNeeds review (${plural(report.stale.length, 'citation')} of ${plural(clauses, 'changed clause')}; ${effect}; ` +
      '`pnpm kb review` walks through them):',
  );
  for (const stale of report.stale) console.log(`  ${formatStale(stale)}`);
}
