import { StringIds, type StringIdTables } from '../classify/string-ids.js';
import { readStems, readWordIds } from '../classify/tokenize.js';
import { WordSlots } from '../classify/word-table.js';
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

/** A question's known terms as ids, with their weights in its L2-normalised TF-IDF vector, in order of first occurrence. */
interface QuestionVector {
  question: string;
  ids: number[];
  weights: number[];
}

/** Compares yes/no questions with the example questions (`asks`) of facts, on word stems and word pairs, TF-IDF weighted. */
export class AskMatcher {
  private readonly entries: { fact: Fact; verdict: Verdict; example: string }[];
  /** Each entry's fact, as its position in the facts given. */
  private readonly factOfEntry: Int32Array;
  private readonly termIds: StringIds;
  /** Each fact's position in the facts given. */
  private readonly factIndex = new Map<Fact, number>();
  /** Each term's postings by fact: see `FactRuns`. */
  private readonly runs: FactRuns;

  /** Indexes every example question of every fact, or takes an index built earlier from the same facts. */
  constructor(
    facts: readonly Fact[],
    private readonly index: AskIndex = indexExamples(facts),
  ) {
    facts.forEach((fact, f) => this.factIndex.set(fact, f));
    this.entries = [];
    this.factOfEntry = new Int32Array(index.examples.length / 2);
    for (let i = 0; i < index.examples.length; i += 2) {
      const f = index.examples[i]!;
      const fact = facts[f]!;
      const ask = fact.asks[index.examples[i + 1]!]!;
      const entry = this.entries.push({ fact, verdict: ask.verdict, example: ask.q }) - 1;
      this.factOfEntry[entry] = f;
    }
    this.runs = factRunsOf(index, this.factOfEntry);
    this.termIds = StringIds.fromTables(index.terms);
    this.sums = new Float64Array(this.entries.length);
    this.touched = new Int32Array(this.entries.length);
    this.matchOfFact = new Int32Array(facts.length).fill(-1);
    this.candidateOfFact = new Int32Array(facts.length).fill(-1);
    this.runOfCandidate = new Int32Array(facts.length).fill(-1);
    this.slotOfTerm = new Int32Array(index.idf.length);
    this.shapes = new Array<string | undefined>(this.entries.length).fill(undefined);
  }

  // Scratch space of `rank`: each example's similarity so far (all zero between calls), the examples touched, each
  // fact's place among the matches (all -1 between calls) and the candidate facts' positions.
  private readonly sums: Float64Array;
  private readonly touched: Int32Array;
  private readonly matchOfFact: Int32Array;
  private readonly candidates: number[] = [];
  // Each fact's place among the candidates (all -1 between calls), and each candidate's run of the term being read (-1
  // for none).
  private readonly candidateOfFact: Int32Array;
  private readonly runOfCandidate: Int32Array;

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
    const count = this.addSimilarities(this.vectorOfQuestion(question), this.candidatesOf(among));
    const { sums, touched, matchOfFact, factOfEntry } = this;
    // Each fact's best example so far and its similarity, in the order the facts were first matched.
    const bestEntries: number[] = [];
    const bestSimilarities: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = touched[i]!;
      const similarity = sums[entry]!;
      sums[entry] = 0;
      if (shapeOf && this.shapeOfEntry(entry, shapeOf) !== shape) continue;
      const f = factOfEntry[entry]!;
      const at = matchOfFact[f]!;
      if (at < 0) {
        matchOfFact[f] = bestEntries.push(entry) - 1;
        bestSimilarities.push(similarity);
      } else if (similarity > bestSimilarities[at]!) {
        bestEntries[at] = entry;
        bestSimilarities[at] = similarity;
      }
    }
    const matches: AskMatch[] = [];
    for (let at = 0; at < bestEntries.length; at++) {
      const entry = bestEntries[at]!;
      matchOfFact[factOfEntry[entry]!] = -1;
      const { fact, verdict, example } = this.entries[entry]!;
      matches.push({ fact, verdict, example, similarity: bestSimilarities[at]! });
    }
    return matches.sort((a, b) => b.similarity - a.similarity);
  }

  /**
   * Each given fact's similarity to the question, that of its closest example (0 when none shares a word with it), in
   * the order given: `rank`'s similarities without ranking.
   */
  similarities(question: string, facts: readonly Fact[]): number[] {
    const { candidates, matchOfFact, sums, touched, factOfEntry } = this;
    let count = 0;
    for (const fact of facts) {
      const f = this.factIndex.get(fact);
      // A fact given twice is compared once.
      if (f === undefined || matchOfFact[f]! >= 0) continue;
      matchOfFact[f] = count;
      candidates[count++] = f;
    }
    const closest = new Array<number>(count).fill(0);
    const touchedCount = this.addSimilarities(this.vectorOfQuestion(question), count);
    for (let i = 0; i < touchedCount; i++) {
      const entry = touched[i]!;
      const at = matchOfFact[factOfEntry[entry]!]!;
      closest[at] = Math.max(closest[at]!, sums[entry]!);
      sums[entry] = 0;
    }
    const found = facts.map((fact) => {
      const f = this.factIndex.get(fact);
      return f === undefined ? 0 : closest[matchOfFact[f]!]!;
    });
    for (let c = 0; c < count; c++) matchOfFact[candidates[c]!] = -1;
    return found;
  }

  /** How many candidate facts there are, their positions put in `candidates` (in the order given). */
  private candidatesOf(among: ReadonlySet<Fact>): number {
    let n = 0;
    for (const fact of among) {
      const f = this.factIndex.get(fact);
      if (f !== undefined) this.candidates[n++] = f;
    }
    return n;
  }

  /**
   * Adds each term's weight in the question times its weight in an example into `sums`, for the examples of the first
   * `count` candidate facts; returns how many examples it touched, listed in `touched` in the order first touched.
   */
  private addSimilarities(vector: QuestionVector, count: number): number {
    const { entries, weights } = this.index;
    const { runOffsets, runStarts } = this.runs;
    const { sums, touched, candidates, candidateOfFact, runOfCandidate } = this;
    for (let c = 0; c < count; c++) candidateOfFact[candidates[c]!] = c;
    let touchedCount = 0;
    for (let t = 0; t < vector.ids.length; t++) {
      const id = vector.ids[t]!;
      const x = vector.weights[t]!;
      // Only the run of each candidate fact's entries among the term's postings is read, candidates in the order given.
      if (!this.findRuns(runOffsets[id]!, runOffsets[id + 1]!)) continue;
      for (let c = 0; c < count; c++) {
        const run = runOfCandidate[c]!;
        if (run < 0) continue;
        runOfCandidate[c] = -1;
        const to = runStarts[run + 1]!;
        for (let p = runStarts[run]!; p < to; p++) {
          const entry = entries[p]!;
          if (sums[entry] === 0) touched[touchedCount++] = entry;
          sums[entry]! += x * weights[p]!;
        }
      }
    }
    for (let c = 0; c < count; c++) candidateOfFact[candidates[c]!] = -1;
    return touchedCount;
  }

  /** Puts in `runOfCandidate` the run of each candidate fact among the runs `from ..< to`; false when there is none. */
  private findRuns(from: number, to: number): boolean {
    const { runFacts } = this.runs;
    const { candidateOfFact, runOfCandidate } = this;
    let found = false;
    for (let run = from; run < to; run++) {
      const c = candidateOfFact[runFacts[run]!]!;
      if (c < 0) continue;
      runOfCandidate[c] = run;
      found = true;
    }
    return found;
  }

  // Each example's shape, worked out on first use (a dense array: written in any order, it would become a dictionary).
  private readonly shapes: (string | undefined)[];

  private shapeOfEntry(entry: number, shapeOf: (text: string) => string): string {
    this.shapes[entry] ??= shapeOf(this.entries[entry]!.example);
    return this.shapes[entry]!;
  }

  // A question is compared twice (to rank facts, then for a close example): its vector is kept for the next call.
  private last: QuestionVector | undefined;

  private vectorOfQuestion(question: string): QuestionVector {
    if (this.last?.question !== question) this.last = this.knownTerms(question);
    return this.last;
  }

  /** The question's TF-IDF vector, as `vectorOf` makes it, with only the terms the index knows (the others weigh 0). */
  private knownTerms(question: string): QuestionVector {
    const text = withNot(question);
    const allStems = readStems(text);
    const words = readWordIds(text);
    const stems: string[] = [];
    const ids: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const id = this.termOfWord(words[i]!, allStems[i]!);
      if (id === STOP_WORD) continue;
      stems.push(allStems[i]!);
      ids.push(id);
    }
    const vector: QuestionVector = { question, ids: [], weights: [] };
    for (const id of ids) this.addTerm(id, vector);
    for (let i = 1; i < stems.length; i++) this.addTerm(this.pairId(stems[i - 1]!, ids[i - 1]!, stems[i]!, ids[i]!), vector);
    let norm = 0;
    for (const x of vector.weights) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let slot = 0; slot < vector.ids.length; slot++) {
      vector.weights[slot]! /= norm;
      this.slotOfTerm[vector.ids[slot]!] = 0;
    }
    return vector;
  }

  // Scratch space of `knownTerms`: each term's place in the vector being made, plus one (all zero between calls).
  private readonly slotOfTerm: Int32Array;

  // Term ids of words (by word id) and of pairs of known stems already looked up (-1 for none); the pairs' memo is
  // cleared when full.
  private readonly wordTerms = new WordSlots<number>();
  private readonly pairIds = new Map<number, number>();

  /** The term id of a word's stem, -1 when the index does not know it, or `STOP_WORD` for a word too common to count. */
  private termOfWord(word: number, stem: string): number {
    const known = this.wordTerms.get(word);
    if (known !== undefined) return known;
    return this.wordTerms.set(word, STOP.has(stem) ? STOP_WORD : this.termIds.get(stem));
  }

  /** The term id of a pair of neighbouring stems (given with their own ids), or -1 when the index does not know it. */
  private pairId(first: string, firstId: number, second: string, secondId: number): number {
    if (firstId < 0 || secondId < 0) return this.termIds.get(`${first} ${second}`);
    const key = firstId * this.index.idf.length + secondId;
    let id = this.pairIds.get(key);
    if (id === undefined) {
      if (this.pairIds.size >= MAX_REMEMBERED_TERMS) this.pairIds.clear();
      id = this.termIds.get(`${first} ${second}`);
      this.pairIds.set(key, id);
    }
    return id;
  }

  /** Adds a term's idf to its weight in the (not yet normalised) vector, first giving it a place there; -1 adds nothing. */
  private addTerm(id: number, vector: QuestionVector): void {
    if (id < 0) return;
    let slot = this.slotOfTerm[id]! - 1;
    if (slot < 0) {
      slot = vector.ids.push(id) - 1;
      vector.weights.push(0);
      this.slotOfTerm[id] = slot + 1;
    }
    vector.weights[slot]! += this.index.idf[id]!;
  }
}

/**
 * Each term's postings cut into runs of one fact's examples (postings are in entry order, and a fact's examples are
 * entries one after another): term `t`'s runs are `runOffsets[t] ..< runOffsets[t + 1]`, run `r` is of fact
 * `runFacts[r]` (ascending within a term) and covers the postings `runStarts[r] ..< runStarts[r + 1]`.
 */
interface FactRuns {
  runOffsets: Int32Array;
  runFacts: Int32Array;
  runStarts: Int32Array;
}

/** Cuts every term's postings into runs of one fact's examples. */
function factRunsOf({ offsets, entries }: AskIndex, factOfEntry: Int32Array): FactRuns {
  const terms = offsets.length - 1;
  // Each posting's fact, or -1 where it is of the same fact as the posting before it in its term's list.
  const starting = new Int32Array(entries.length).fill(-1);
  let count = 0;
  for (let t = 0; t < terms; t++) {
    let previous = -1;
    for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
      const f = factOfEntry[entries[p]!]!;
      if (f === previous) continue;
      starting[p] = previous = f;
      count++;
    }
  }
  const runOffsets = new Int32Array(terms + 1);
  const runFacts = new Int32Array(count);
  const runStarts = new Int32Array(count + 1);
  let run = 0;
  for (let t = 0; t < terms; t++) {
    runOffsets[t] = run;
    for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
      if (starting[p]! < 0) continue;
      runFacts[run] = starting[p]!;
      runStarts[run++] = p;
    }
  }
  runOffsets[terms] = run;
  runStarts[run] = entries.length;
  return { runOffsets, runFacts, runStarts };
}

/** Most stem pairs whose term ids a matcher remembers; the memo is cleared when full. */
const MAX_REMEMBERED_TERMS = 50_000;

/** The term "id" of a word too common to count (see `STOP`). */
const STOP_WORD = -2;

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
  const stems = contentStems(text);
  const pairs = stems.slice(1).map((s, i) => `${stems[i]} ${s}`);
  return [...stems, ...pairs];
}

/** The stems of a question's words without the commonest ones; "n't" is read as "not". */
function contentStems(text: string): string[] {
  return readStems(withNot(text)).filter((s) => !STOP.has(s));
}

/** The text with "n't" written as " not". */
function withNot(text: string): string {
  return text.replace(/n't\b/g, ' not');
}
