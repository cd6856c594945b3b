import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { formatIssue, LOCK_FILE, lockKey, syncLock, writeLock, type StaleCitation } from '@cobridge/policy-knowledge';
import { readCitationState } from '../citation-check.js';
import type { Command } from '../command.js';
import { plural } from '../format.js';
import { sideBySide } from '../format-import.js';

const PROMPT = 'Still right? [y]es, record it / [e]dit / [s]kip / [q]uit: ';

/**
 * `kb review`: walks through every citation written against a clause that has changed: the clause before and now,
 * the item's current wording, then "still right" (recorded in the lock) or the file and line to edit ($EDITOR opens
 * there when set and the terminal is interactive). New citations are recorded as they are.
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
      for (const [index, stale] of report.stale.entries()) {
        printStale(stale, index, report.stale.length);
        const answer = await answers.next(PROMPT);
        if (answer === 'y') confirmed.push([lockKey(stale.item), stale.clause]);
        else if (answer === 'e') openEditor(knowledgeDir, stale, env.editor);
        else if (answer === 'q') break;
      }
      answers.close();
    }
    const recorded = syncLock(lock, items, current, confirmed);
    await writeLock(knowledgeDir, lock);
    const left = report.stale.length - confirmed.length;
    console.log(`\nRecorded ${plural(confirmed.length, 'citation')} as still right${recorded > 0 ? ` and ${plural(recorded, 'new citation')}` : ''} in ${LOCK_FILE}; ${left} left to review.`);
    return report.removed.length > 0 ? 1 : 0;
  },
};

function printStale(stale: StaleCitation, index: number, total: number): void {
  const { item } = stale;
  console.log(`\n[${index + 1}/${total}] ${item.file}:${item.line} ${item.kind} ${item.id} cites clause ${stale.clause}, which changed:`);
  console.log(sideBySide(stale.oldText ?? '(the earlier text is not in the lock)', stale.newText).join('\n'));
  console.log(`  It says now: ${item.text}`);
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
