import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { formatIssue, KIND_NAMES, LOCK_FILE, lockKey, syncLock, writeLock, type StaleCitation } from '@cobridge/policy-knowledge';
import { readCitationState } from '../citation-check.js';
import type { Command } from '../command.js';
import { plural } from '../format.js';
import { sideBySide } from '../format-import.js';

const PROMPT = 'Still right? [y]es, record it / [a]ll citing this clause are / [e]dit / [s]kip / [q]uit: ';

/**
 * `kb review`: walks through every citation written against a clause that has changed, clause by clause: the clause
 * before and now, then each citing item's current wording, and "still right" (recorded in the lock; "all" for every
 * item citing that clause) or the file and line to edit ($EDITOR opens there when set and the terminal is
 * interactive). New citations are recorded as they are.
 */
export const reviewCommand: Command = {
  name: 'review',
  argsUsage: '',
  arity: 0,
  options: ['dir'],
  summary: 'Walk through the facts, answers and evaluation items citing a changed clause: still right (recorded) or edit (file:line).',
  async run({ knowledgeDir, env }) {
    const { items, current, lock, report } = await readCitationState(knowledgeDir);
    for (const issue of report.removed) console.log(`error: ${formatIssue(issue)} (edit it to cite another clause)`);
    const confirmed: [string, string][] = [];
    if (report.stale.length === 0) console.log('Nothing to review: every citation was written against the clause text of today.');
    else {
      const answers = answerReader();
      const { stale } = report;
      let allOf: string | undefined;
      for (const [index, citation] of stale.entries()) {
        if (citation.clause !== stale[index - 1]?.clause) printClause(citation);
        const answer =
          allOf === citation.clause ? 'a' : await answers.next(`\n[${index + 1}/${stale.length}] ${describe(citation)}\n${PROMPT}`);
        if (answer === 'y' || answer === 'a') confirmed.push([lockKey(citation.item), citation.clause]);
        if (answer === 'a') allOf = citation.clause;
        else if (answer === 'e') openEditor(knowledgeDir, citation, env.editor);
        else if (answer === 'q') break;
      }
      answers.close();
    }
    const recorded = syncLock(lock, items, current, confirmed);
    await writeLock(knowledgeDir, lock);
    const left = report.stale.length - confirmed.length;
    const andNew = recorded > 0 ? ` and ${plural(recorded, 'new citation')}` : '';
    console.log(`\nRecorded ${plural(confirmed.length, 'citation')} as still right${andNew} in ${LOCK_FILE}; ${left} left to review.`);
    return report.removed.length > 0 ? 1 : 0;
  },
};

function printClause(stale: StaleCitation): void {
  console.log(`\nClause ${stale.clause} changed since these were written:`);
  console.log(sideBySide(stale.oldText ?? '(the earlier text is not in the lock)', stale.newText).join('\n'));
}

function describe({ item }: StaleCitation): string {
  return `${item.file}:${item.line} ${KIND_NAMES[item.kind]} ${item.id} says now:\n  ${item.text.replace(/\n/g, '\n  ')}`;
}

function openEditor(knowledgeDir: string, stale: StaleCitation, editor: string | undefined): void {
  const path = join(knowledgeDir, stale.item.file);
  console.log(`Edit ${relative(process.cwd(), path) || path}:${stale.item.line}, then run \`pnpm kb review\` again to record it.`);
  if (!editor || !process.stdin.isTTY || !process.stdout.isTTY) return;
  const [command, ...options] = editor.split(/\s+/).filter(Boolean);
  if (command) spawnSync(command, [...options, `+${stale.item.line}`, path], { stdio: 'inherit' });
}

/** Reads one answer per line from stdin (a terminal or a pipe); the end of input answers "q". */
function answerReader(): { next(prompt: string): Promise<string>; close(): void } {
  const lines = createInterface({ input: process.stdin, terminal: false });
  const iterator = lines[Symbol.asyncIterator]();
  return {
    async next(prompt) {
      process.stdout.write(prompt);
      const line = await iterator.next();
      const answer = line.done ? 'q' : line.value.trim().toLowerCase().charAt(0);
      if (!process.stdin.isTTY) process.stdout.write(`${answer}\n`);
      return answer;
    },
    close: () => lines.close(),
  };
}
