import { stem } from '../classify/stem.js';
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

/** Compares yes/no questions with the example questions (`asks`) of facts, on word stems and word pairs, TF-IDF weighted. */
export class AskMatcher {
  private readonly entries: { fact: Fact; verdict: Verdict; example: string }[] = [];
  /** For each term, the examples that use it and its weight in each: only examples sharing a term are ever scored. */
  private readonly postings = new Map<string, { entry: number; weight: number }[]>();
  private readonly idf = new Map<string, number>();

  /** Indexes every example question of every fact. */
  constructor(facts: readonly Fact[]) {
    const documents: { fact: Fact; verdict: Verdict; example: string; terms: string[] }[] = [];
    for (const fact of facts)
      for (const ask of fact.asks) documents.push({ fact, verdict: ask.verdict, example: ask.q, terms: terms(ask.q) });
    const df = new Map<string, number>();
    for (const d of documents) for (const t of new Set(d.terms)) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) this.idf.set(t, Math.log((documents.length + 1) / (n + 0.5)));
    for (const d of documents) {
      const entry = this.entries.push({ fact: d.fact, verdict: d.verdict, example: d.example }) - 1;
      for (const [t, weight] of this.vector(d.terms)) {
        const list = this.postings.get(t) ?? [];
        list.push({ entry, weight });
        this.postings.set(t, list);
      }
    }
  }

  /** The closest example among the given facts' examples, or undefined when none shares a word with the question. */
  closest(question: string, among: ReadonlySet<Fact>): AskMatch | undefined {
    return this.rank(question, among)[0];
  }

  /** The given facts by their closest example to the question, most alike first; facts sharing no word are left out. */
  rank(question: string, among: ReadonlySet<Fact>): AskMatch[] {
    const sums = new Map<number, number>();
    for (const [t, x] of this.vector(terms(question))) {
      for (const { entry, weight } of this.postings.get(t) ?? []) {
        if (among.has(this.entries[entry]!.fact)) sums.set(entry, (sums.get(entry) ?? 0) + x * weight);
      }
    }
    const best = new Map<Fact, AskMatch>();
    for (const [entry, similarity] of sums) {
      const { fact, verdict, example } = this.entries[entry]!;
      const current = best.get(fact);
      if (!current || similarity > current.similarity) best.set(fact, { fact, verdict, example, similarity });
    }
    return [...best.values()].sort((a, b) => b.similarity - a.similarity);
  }

  private vector(list: readonly string[]): Vector {
    const v: Vector = new Map();
    for (const t of list) v.set(t, (v.get(t) ?? 0) + (this.idf.get(t) ?? 0));
    let norm = 0;
    for (const x of v.values()) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (const [t, x] of v) v.set(t, x / norm);
    return v;
  }
}

/** The stems of a question's content words, and each pair of neighbouring stems. */
function terms(text: string): string[] {
  const stems = tokenize(text.replace(/n't\b/g, ' not'))
    .map(stem)
    .filter((s) => !STOP.has(s));
  const pairs = stems.slice(1).map((s, i) => `${stems[i]} ${s}`);
  return [...stems, ...pairs];
}
