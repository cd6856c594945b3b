import { BOS, EOS } from './tokenize.js';

/**
 * The word bigram features as a compressed table over unigram ids, so looking one up builds no string: the
 * followers of each first word are sorted and binary-searched. `start` (id `wordCount`) and `end` (id
 * `wordCount + 1`) stand for the sentence markers. Every bigram's two words are unigram features of the same
 * training text, so a pair with an unknown word is never a feature.
 */
/** The index as plain typed arrays, kept in the compiled snapshot so a start need not build it. */
export interface BigramTables {
  offsets: Int32Array;
  seconds: Int32Array;
  ids: Int32Array;
}

export class BigramIndex {
  /** The id standing for the start marker as a first word. */
  readonly start: number;
  /** The id standing for the end marker as a second word. */
  readonly end: number;
  private readonly offsets: Int32Array;
  private readonly seconds: Int32Array;
  private readonly ids: Int32Array;

  /** Indexes the bigrams among `wordFeatures` (ids are positions), resolving words with `unigramId`; or takes `built`. */
  constructor(wordFeatures: readonly string[], unigramId: (word: string) => number, built?: BigramTables) {
    this.start = wordFeatures.length;
    this.end = wordFeatures.length + 1;
    if (built) {
      ({ offsets: this.offsets, seconds: this.seconds, ids: this.ids } = built);
      return;
    }
    const marker = (word: string): number => (word === BOS ? this.start : word === EOS ? this.end : unigramId(word));
    const firsts = new Int32Array(wordFeatures.length).fill(-1);
    const seconds = new Int32Array(wordFeatures.length);
    this.offsets = new Int32Array(this.end + 2);
    wordFeatures.forEach((feature, id) => {
      const space = feature.indexOf(' ');
      if (space < 0) return;
      const a = marker(feature.slice(0, space));
      const b = marker(feature.slice(space + 1));
      if (a < 0 || b < 0) return;
      firsts[id] = a;
      seconds[id] = b;
      this.offsets[a + 1]! += 1;
    });
    for (let a = 0; a <= this.end; a++) this.offsets[a + 1]! += this.offsets[a]!;
    // A counting sort by first word, then each first word's few followers sorted by second word (no pair is repeated).
    const count = this.offsets[this.end + 1]!;
    this.seconds = new Int32Array(count);
    this.ids = new Int32Array(count);
    const filled = this.offsets.slice(0, this.end + 1);
    for (let id = 0; id < wordFeatures.length; id++) {
      const a = firsts[id]!;
      if (a < 0) continue;
      let at = filled[a]!++;
      for (; at > this.offsets[a]! && this.seconds[at - 1]! > seconds[id]!; at--) {
        this.seconds[at] = this.seconds[at - 1]!;
        this.ids[at] = this.ids[at - 1]!;
      }
      this.seconds[at] = seconds[id]!;
      this.ids[at] = id;
    }
  }

  /** The index as plain typed arrays. */
  get tables(): BigramTables {
    return { offsets: this.offsets, seconds: this.seconds, ids: this.ids };
  }

  /** Every bigram's (first, second) word ids with its feature id, in the index's order. */
  *pairs(): Generator<[first: number, second: number, id: number]> {
    for (let first = 0; first <= this.end; first++) {
      for (let k = this.offsets[first]!; k < this.offsets[first + 1]!; k++) yield [first, this.seconds[k]!, this.ids[k]!];
    }
  }

  /** The feature id of the bigram (first, second), or -1. */
  get(first: number, second: number): number {
    let lo = this.offsets[first]!;
    let hi = this.offsets[first + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.seconds[mid]!;
      if (s === second) return this.ids[mid]!;
      if (s < second) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
