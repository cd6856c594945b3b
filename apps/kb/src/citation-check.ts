import {
  checkLock,
  readCitingItems,
  readCurrentClauses,
  readLock,
  type CitationLock,
  type CitingItem,
  type KnowledgeIssue,
  type LockReport,
} from '@cobridge/policy-knowledge';

/** The citing items of a knowledge folder, its current clauses, its lock and what they say together. */
export interface CitationState {
  items: CitingItem[];
  current: Map<string, string>;
  lock: CitationLock;
  report: LockReport;
}

/** Reads the citing items, the clauses and the lock of a knowledge folder and compares them. */
export async function readCitationState(knowledgeDir: string): Promise<CitationState> {
  const [items, current, lock] = await Promise.all([
    readCitingItems(knowledgeDir),
    readCurrentClauses(knowledgeDir),
    readLock(knowledgeDir),
  ]);
  return { items, current, lock, report: checkLock(items, lock, current) };
}

/** The issues of both lists, each place once (a topic citing a removed clause is reported by both checks). */
export function mergeIssues(first: readonly KnowledgeIssue[], second: readonly KnowledgeIssue[]): KnowledgeIssue[] {
  const seen = new Set(first.map((i) => `${i.file}:${i.line}:${i.column}`));
  return [...first, ...second.filter((i) => !seen.has(`${i.file}:${i.line}:${i.column}`))];
}
