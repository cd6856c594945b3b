import { stem } from '../classify/stem.js';
import { StringIds, type StringIdTables } from '../classify/string-ids.js';
import { tokenize } from '../classify/tokenize.js';
import type { Fact, Verdict } from '../schema/fact.js';

/** The closest example question of a fact: its verdict and how alike the two questions are (cosine, 0..1). */
export interface AskMatch {
  fact: Fact;
  verdict: Verdict;
  example: string;
  similarity: number;
}

type Vector = Map<string, number>;

// Words too common to tell two questions apart; polarity words ("not", "lose") are kept on purpose.
const STOP = new Set([
  'a',
  'an',
  'the',
  'i',
  'my',
  'me',
  'we',
  'our',
  'us',
  'you',
  'your',
  'is',
  'are',
  'am',
  'do',
  'doe',
  'does',
  'did',
  'to',
  'of',
  'in',
  'on',
  'for',
  'at',
  'it',
  'that',
  'this',
  'and',
  'or',
  'be',
  'if',
  'so',
  'with',
  'as',
  'by',
  'from',
  'can',
  'will',
  'would',
  'could',
  'should',
]);

/**
 * The matcher's index as plain data (typed arrays and strings), kept in the compiled snapshot so that a start
 * rebuilds nothing: the terms with their idf, and for each term the examples that use it with its weight in each.
 */
export interface AskIndex {
  /** Per example, the index of its fact and of the example among the fact's `asks` (two numbers each). */
  examples: Int32Array;
  /** Each term's id (its place in `idf` and `offsets`), looked up by hash. */
  terms: StringIdTables;
  idf: Float32Array;
  /** Term `i`'s postings are `offsets[i] ..< offsets[i + 1]` of `entries` and `weights`. */
  offsets: Int32Array;
  entries: Int32Array;
  weights: Float32Array;
}

/** Compares yes/no questions with the example questions (`asks`) of facts, on word stems and word pairs, TF-IDF weighted. */
export class AskMatcher {
  private readonly entries: { fact: Fact; verdict: Verdict; example: string }[];
  private readonly termIds: StringIds;
  /** Each fact's examples are the entries `start ..< end` (a fact's examples are indexed one after another). */
  private readonly spans = new Map<Fact, [start: number, end: number]>();

  /** Indexes every example question of every fact, or takes an index built earlier from the same facts. */
  constructor(
    facts: readonly Fact[],
    private readonly index: AskIndex = indexExamples(facts),
  ) {
    this.entries = [];
    for (let i = 0; i < index.examples.length; i += 2) {
      const fact = facts[index.examples[i]!]!;
      const ask = fact.asks[index.examples[i + 1]!]!;
      const entry = this.entries.push({ fact, verdict: ask.verdict, example: ask.q }) - 1;
      const span = this.spans.get(fact);
      if (span) span[1] = entry + 1;
      else this.spans.set(fact, [entry, entry + 1]);
    }
    this.termIds = StringIds.fromTables(index.terms);
    this.sums = new Float64Array(this.entries.length);
    this.touched = new Int32Array(this.entries.length);
  }

  // Scratch space of `rank`: each example's similarity so far (all zero between calls) and the examples touched.
  private readonly sums: Float64Array;
  private readonly touched: Int32Array;

  /**
   * The closest example among the given facts' examples, or undefined when none shares a word with the question;
   * `shapeOf` (when given) keeps only examples of the question's shape (negated or not, a claim of all or not).
   */
  closest(question: string, among: ReadonlySet<Fact>, shapeOf?: (text: string) => string): AskMatch | undefined {
    return this.rank(question, among, shapeOf)[0];
  }

  /** The given facts by their closest example to the question, most alike first; facts sharing no word are left out. */
  rank(question: string, among: ReadonlySet<Fact>, shapeOf?: (text: string) => string): AskMatch[] {
    const shape = shapeOf?.(question);
    const { offsets, entries, weights } = this.index;
    const sums = this.sums;
    const touched = this.touched;
    let count = 0;
    const spans: [number, number][] = [];
    for (const fact of among) {
      const span = this.spans.get(fact);
      if (span) spans.push(span);
    }
    for (const [t, x] of this.vectorOfQuestion(question)) {
      const id = this.termIds.get(t);
      if (id < 0) continue;
      const to = offsets[id + 1]!;
      // A term's postings are in entry order: only the stretch of each candidate fact's entries is read.
      for (const [start, end] of spans) {
        for (let p = firstAtLeast(entries, offsets[id]!, to, start); p < to && entries[p]! < end; p++) {
          const entry = entries[p]!;
          if (sums[entry] === 0) touched[count++] = entry;
          sums[entry]! += x * weights[p]!;
        }
      }
    }
    const best = new Map<Fact, AskMatch>();
    for (let i = 0; i < count; i++) {
      const entry = touched[i]!;
      const similarity = sums[entry]!;
      sums[entry] = 0;
      const { fact, verdict, example } = this.entries[entry]!;
      if (shapeOf && this.shapeOfEntry(entry, shapeOf) !== shape) continue;
      const current = best.get(fact);
      if (!current || similarity > current.similarity) best.set(fact, { fact, verdict, example, similarity });
    }
    return [...best.values()].sort((a, b) => b.similarity - a.similarity);
  }

  // Each example's shape, worked out on first use.
  private readonly shapes: string[] = [];

  private shapeOfEntry(entry: number, shapeOf: (text: string) => string): string {
    this.shapes[entry] ??= shapeOf(this.entries[entry]!.example);
    return this.shapes[entry]!;
  }

  // A question is compared twice (to rank facts, then for a close example): its vector is kept for the next call.
  private last: { question: string; vector: Vector } | undefined;

  private vectorOfQuestion(question: string): Vector {
    if (this.last?.question !== question) this.last = { question, vector: vectorOf(terms(question), (term) => this.idfOf(term)) };
    return this.last.vector;
  }

  private idfOf(term: string): number {
    const id = this.termIds.get(term);
    return id < 0 ? 0 : this.index.idf[id]!;
  }
}

/** The first position in `values[from ..< to]` (ascending) holding a value of at least `value`. */
function firstAtLeast(values: Int32Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Builds the index of every example question of the facts. */
export function indexExamples(facts: readonly Fact[]): AskIndex {
  const examples: number[] = [];
  const documents: string[][] = [];
  facts.forEach((fact, f) =>
    fact.asks.forEach((ask, a) => {
      examples.push(f, a);
      documents.push(terms(ask.q));
    }),
  );
  const df = new Map<string, number>();
  for (const d of documents) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log((documents.length + 1) / (n + 0.5)));
  const postings = new Map<string, { entry: number; weight: number }[]>([...df.keys()].map((t) => [t, []]));
  documents.forEach((d, entry) => {
    for (const [t, weight] of vectorOf(d, (term) => idf.get(term) ?? 0)) postings.get(t)!.push({ entry, weight });
  });
  const lists = [...postings.values()];
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  return {
    examples: Int32Array.from(examples),
    terms: StringIds.of([...postings.keys()]).toTables(),
    idf: Float32Array.from(idf.values()),
    offsets,
    entries: Int32Array.from(lists.flat(), (p) => p.entry),
    weights: Float32Array.from(lists.flat(), (p) => p.weight),
  };
}

/** The L2-normalised TF-IDF vector of a list of terms, in order of first occurrence. */
function vectorOf(list: readonly string[], idfOf: (term: string) => number): Vector {
  const v: Vector = new Map();
  for (const t of list) v.set(t, (v.get(t) ?? 0) + idfOf(t));
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [t, x] of v) v.set(t, x / norm);
  return v;
}

/** The stems of a question's content words, and each pair of neighbouring stems. */
function terms(text: string): string[] {
  const stems = tokenize(text.replace(/n't\b/g, ' not'))
    .map(stem)
    .filter((s) => !STOP.has(s));
  const pairs = stems.slice(1).map((s, i) => `${stems[i]} ${s}`);
  return [...stems, ...pairs];
}
