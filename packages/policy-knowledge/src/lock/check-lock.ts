import { clauseTextHash } from '../sources/import-clauses.js';
import { clauseFileOf } from '../load/load-sources.js';
import type { KnowledgeIssue } from '../load/knowledge-error.js';
import { lockKey, type CitationLock } from './citation-lock.js';
import type { CitingItem } from './citing-items.js';

/** A citing item written against a clause text that has changed since. */
export interface StaleCitation {
  item: CitingItem;
  clause: string;
  /** The clause as the item was written against it; undefined when the lock lost the text. */
  oldText: string | undefined;
  newText: string;
}

/** What the lock says about the citing items: to review, citing a removed clause, and not yet locked. */
export interface LockReport {
  stale: StaleCitation[];
  /** A clause cited that no source has any more: an error at the citing place. */
  removed: KnowledgeIssue[];
  /** Citations not yet in the lock (new facts or answers); `kb build` or `kb review` records them. */
  unlocked: number;
}

/** How each kind of citing item is named to an admin. */
export const KIND_NAMES: Readonly<Record<CitingItem['kind'], string>> = {
  fact: 'fact',
  topic: 'topic answer',
  'zh-fact': 'Chinese fact',
  'zh-topic': 'Chinese topic answer',
  eval: 'evaluation item',
};

/** Compares every citation with the lock and the current clauses; what to review comes clause by clause. */
export function checkLock(items: readonly CitingItem[], lock: CitationLock, current: ReadonlyMap<string, string>): LockReport {
  const report: LockReport = { stale: [], removed: [], unlocked: 0 };
  for (const item of items) {
    const entry = lock.entries.get(lockKey(item));
    for (const [clause, at] of item.cites) {
      const text = current.get(clause);
      const locked = entry?.cites[clause];
      if (text === undefined) {
        const message = `${KIND_NAMES[item.kind]} ${item.id} cites clause "${clause}", which was removed from ${clauseFileOf(clause)}`;
        report.removed.push({
          file: item.file,
          line: at.line,
          column: at.column,
          field: item.kind === 'fact' || item.kind === 'topic' ? 'citations' : '',
          message,
        });
      } else if (locked === undefined) report.unlocked++;
      else if (locked !== clauseTextHash(text)) report.stale.push({ item, clause, oldText: lock.texts.get(locked), newText: text });
    }
  }
  // Clause by clause (items in file order within each), so a review shows each changed clause once.
  report.stale.sort((a, b) => a.clause.localeCompare(b.clause));
  return report;
}

/** One line for a citation to review: `file:line kind id cites clause, which changed since it was written`. */
export function formatStale(stale: StaleCitation): string {
  const { file, line, kind, id } = stale.item;
  return `${file}:${line} ${KIND_NAMES[kind]} ${id} cites clause "${stale.clause}", which changed since it was written`;
}
