import { createHash } from 'node:crypto';
import type { DocumentSection } from './read-document.js';
import { splitSentences } from './split-sentences.js';

/** A clause of a source: its id, its section and its verbatim text. */
export interface SourceClause {
  id: string;
  section: string;
  text: string;
}

/** What an import changed, against the source's previous clauses. */
export interface ClauseDiff {
  added: SourceClause[];
  changed: { id: string; section: string; old: string; new: string }[];
  removed: SourceClause[];
  unchanged: number;
}

/** The clauses of an imported document, in document order, and how they differ from the previous ones. */
export interface ImportedClauses {
  clauses: SourceClause[];
  diff: ClauseDiff;
}

/** Word overlap above which an unmatched new sentence is taken as the edited version of an unmatched old clause. */
export const CHANGED_SIMILARITY = 0.5;

/** The hash of a clause's text (whitespace runs count as one space): what a citing item was written against. */
export function clauseTextHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);
}

interface Piece {
  section: string;
  text: string;
  previous?: SourceClause;
}

/**
 * Splits the sections into clauses, keeping the previous clauses: a previous clause whose text appears verbatim keeps
 * its id and section (whatever the sentence splitting would do there), the rest of the text is split into sentences,
 * and a new sentence that mostly shares its words with a previous clause no longer found is that clause changed (same
 * id, new text). What remains is added (numbered after the highest clause of its section) or removed.
 */
export function importClauses(sections: readonly DocumentSection[], previous: readonly SourceClause[] = []): ImportedClauses {
  const unused = new Map(previous.map((c) => [c.id, c]));
  const pieces: Piece[] = [];
  for (const section of sections) {
    for (const paragraph of section.paragraphs) pieces.push(...alignParagraph(section.id, paragraph, unused));
  }
  const changed: ClauseDiff['changed'] = [];
  for (const [piece, old] of pairChanged(
    pieces.filter((p) => !p.previous),
    [...unused.values()],
  )) {
    piece.previous = old;
    unused.delete(old.id);
    changed.push({ id: old.id, section: old.section, old: old.text, new: piece.text });
  }
  const numbers = highestNumbers(previous);
  const added: SourceClause[] = [];
  const clauses = pieces.map((piece): SourceClause => {
    if (piece.previous) return { id: piece.previous.id, section: piece.previous.section, text: piece.text };
    const next = (numbers.get(piece.section) ?? 0) + 1;
    numbers.set(piece.section, next);
    const clause = { id: `${piece.section}-${next}`, section: piece.section, text: piece.text };
    added.push(clause);
    return clause;
  });
  const unchanged = clauses.length - added.length - changed.length;
  return { clauses, diff: { added, changed, removed: [...unused.values()], unchanged } };
}

/** The paragraph cut at previous clauses found verbatim in it; the text between them split into sentences. */
function alignParagraph(section: string, paragraph: string, unused: Map<string, SourceClause>): Piece[] {
  const found = [...unused.values()]
    .map((clause) => ({ clause, start: paragraph.indexOf(clause.text) }))
    .filter((m) => m.start >= 0)
    .sort((a, b) => a.start - b.start || b.clause.text.length - a.clause.text.length);
  const pieces: Piece[] = [];
  let at = 0;
  for (const { clause, start } of found) {
    if (start < at) continue;
    pieces.push(...splitSentences(paragraph.slice(at, start)).map((text) => ({ section, text })));
    pieces.push({ section, text: clause.text, previous: clause });
    unused.delete(clause.id);
    at = start + clause.text.length;
  }
  pieces.push(...splitSentences(paragraph.slice(at)).map((text) => ({ section, text })));
  return pieces;
}

/** Pairs new sentences with old clauses by word overlap, best pairs first, each at most once. */
function pairChanged(pieces: Piece[], olds: SourceClause[]): [Piece, SourceClause][] {
  const candidates = pieces.flatMap((piece) => olds.map((old) => ({ piece, old, score: similarity(piece.text, old.text) })));
  candidates.sort((a, b) => b.score - a.score);
  const pairs: [Piece, SourceClause][] = [];
  const taken = new Set<unknown>();
  for (const { piece, old, score } of candidates) {
    if (score < CHANGED_SIMILARITY) break;
    if (taken.has(piece) || taken.has(old)) continue;
    taken.add(piece).add(old);
    pairs.push([piece, old]);
  }
  return pairs;
}

/** Dice coefficient of the two texts' word sets. */
function similarity(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const left = words(a);
  const right = words(b);
  if (left.size + right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

function highestNumbers(clauses: readonly SourceClause[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const clause of clauses) {
    const number = Number(/-(\d+)$/.exec(clause.id)?.[1] ?? 0);
    const prefix = clause.id.replace(/-\d+$/, '');
    numbers.set(prefix, Math.max(numbers.get(prefix) ?? 0, number));
  }
  return numbers;
}
