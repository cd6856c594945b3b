import { stem } from './stem.js';
import { charGrams, tokenize, wordGrams } from './tokenize.js';

/** Most tokens whose features are cached per feature space; the cache is cleared when full. */
const MAX_TOKEN_CACHE = 100_000;

/** What the feature space knows about one token: its stem, its unigram id (-1 if unseen) and its known char-gram ids. */
interface TokenInfo {
  stem: string;
  unigram: number;
  chars: Int32Array;
}

/** A sparse vector being filled: feature ids and values, valid up to `length`. */
export interface SparseVector {
  ids: Int32Array;
  values: Float32Array;
  length: number;
  /** Share of the utterance's stems never seen in training. */
  unseenShare: number;
}

/**
 * The vocabulary and idf of the two feature blocks: stemmed word uni+bigrams (ids `0..wordCount-1`) and
 * character 3–5-grams (ids `wordCount..size-1`). Turns text into sublinear TF-IDF vectors, each block
 * L2-normalised and the concatenation normalised again.
 */
export class FeatureSpace {
  readonly names: readonly string[];
  readonly wordCount: number;
  readonly idf: Float32Array;
  private readonly index = new Map<string, number>();
  private readonly tokenCache = new Map<string, TokenInfo>();
  private readonly counts: Float32Array;
  private readonly scratch: number[] = [];

  /** Wraps a vocabulary: word features first, then char features, with one idf per feature. */
  constructor(wordFeatures: readonly string[], charFeatures: readonly string[], idf: Float32Array) {
    this.names = [...wordFeatures.map((f) => `w:${f}`), ...charFeatures.map((f) => `c:${f}`)];
    this.wordCount = wordFeatures.length;
    this.idf = idf;
    this.counts = new Float32Array(this.names.length);
    wordFeatures.forEach((f, i) => this.index.set(`w${f}`, i));
    charFeatures.forEach((f, i) => this.index.set(`c${f}`, this.wordCount + i));
  }

  /** Builds the vocabulary (min df 1) and smoothed idf from training texts. */
  static fromTexts(texts: readonly string[]): FeatureSpace {
    const words = new Map<string, number>();
    const chars = new Map<string, number>();
    for (const text of texts) {
      const tokens = tokenize(text);
      for (const g of new Set(wordGrams(tokens.map(stem)))) words.set(g, (words.get(g) ?? 0) + 1);
      for (const g of new Set(tokens.flatMap(charGrams))) chars.set(g, (chars.get(g) ?? 0) + 1);
    }
    const n = texts.length;
    const dfs = [...words.values(), ...chars.values()];
    const idf = Float32Array.from(dfs, (df) => Math.log((1 + n) / (1 + df)) + 1);
    return new FeatureSpace([...words.keys()], [...chars.keys()], idf);
  }

  /** Number of features. */
  get size(): number {
    return this.names.length;
  }

  /** The feature id of a word n-gram or char n-gram, or -1. */
  private id(block: 'w' | 'c', gram: string): number {
    return this.index.get(block + gram) ?? -1;
  }

  private tokenInfo(token: string): TokenInfo {
    let info = this.tokenCache.get(token);
    if (info === undefined) {
      const s = stem(token);
      const ids = charGrams(token)
        .map((g) => this.id('c', g))
        .filter((i) => i >= 0);
      info = { stem: s, unigram: this.id('w', s), chars: Int32Array.from(ids) };
      if (this.tokenCache.size >= MAX_TOKEN_CACHE) this.tokenCache.clear();
      this.tokenCache.set(token, info);
    }
    return info;
  }

  private add(id: number): void {
    if (id < 0) return;
    if (this.counts[id] === 0) this.scratch.push(id);
    this.counts[id]! += 1;
  }

  /** Vectorises an utterance into `out` (which must hold up to `maxActive` features). */
  vectorize(text: string, out: SparseVector): void {
    const tokens = tokenize(text);
    let unseen = 0;
    let previous = 'w<s> ';
    for (const token of tokens) {
      const info = this.tokenInfo(token);
      if (info.unigram < 0) unseen++;
      this.add(info.unigram);
      for (const c of info.chars) this.add(c);
      this.add(this.index.get(previous + info.stem) ?? -1);
      previous = `w${info.stem} `;
    }
    if (tokens.length > 0) this.add(this.index.get(`${previous}</s>`) ?? -1);
    out.unseenShare = tokens.length === 0 ? 1 : unseen / tokens.length;
    this.flush(out);
  }

  /** Turns the counts gathered by `add` into the normalised vector and resets them. */
  private flush(out: SparseVector): void {
    const active = this.scratch;
    let wordNorm = 0;
    let charNorm = 0;
    const n = Math.min(active.length, out.ids.length);
    for (let j = 0; j < n; j++) {
      const id = active[j]!;
      const count = this.counts[id]!;
      const v = (count === 1 ? 1 : 1 + Math.log(count)) * this.idf[id]!;
      out.ids[j] = id;
      out.values[j] = v;
      if (id < this.wordCount) wordNorm += v * v;
      else charNorm += v * v;
    }
    const blocks = (wordNorm > 0 ? 1 : 0) + (charNorm > 0 ? 1 : 0);
    const outer = blocks > 1 ? Math.SQRT1_2 : 1;
    const wordScale = wordNorm > 0 ? outer / Math.sqrt(wordNorm) : 0;
    const charScale = charNorm > 0 ? outer / Math.sqrt(charNorm) : 0;
    for (let j = 0; j < n; j++) {
      out.values[j]! *= out.ids[j]! < this.wordCount ? wordScale : charScale;
    }
    for (const id of active) this.counts[id] = 0;
    active.length = 0;
    out.length = n;
  }
}

/** Most active features of one utterance: the token cap bounds it (unigram, bigram and char grams per token). */
export const MAX_ACTIVE = 128 * 100;

/** Allocates a sparse vector big enough for any utterance. */
export function createSparseVector(): SparseVector {
  return { ids: new Int32Array(MAX_ACTIVE), values: new Float32Array(MAX_ACTIVE), length: 0, unseenShare: 0 };
}
