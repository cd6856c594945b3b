import { BigramIndex, type BigramTables } from './bigram-index.js';
import { CharGramTable, type CharGramTables } from './char-gram-table.js';
import { stem } from './stem.js';
import { BOS, charGrams, EOS, readTokens, readWordIds, tokenize, wordGrams } from './tokenize.js';
import { stemOfWord, wordId, WordSlots } from './word-table.js';

/**
 * A copy of a word that does not keep alive the string it was split from (V8 keeps long pieces of a split as views
 * into the whole feature list).
 */
const detached = (word: string): string => Array.from(word).join('');

/** The lookup tables a feature space builds from its features, as plain typed arrays (kept in the compiled snapshot). */
export interface FeatureTables {
  bigrams: BigramTables;
  chars: CharGramTables;
}

/** The word and char features of a space, in id order, without their `w:`/`c:` prefixes. */
export interface FeatureNames {
  word: readonly string[];
  char: readonly string[];
}

/**
 * What the feature space knows about one token: its stem's unigram id (-1 if unseen) and its known char-gram ids; and
 * where the scorer that last read it keeps its row of scores (see `TokenScores.rowOf`), so the token is looked up once.
 */
export interface TokenInfo {
  unigram: number;
  chars: Int32Array;
  scoredBy: object | undefined;
  scoredIn: number;
  row: number;
}

/** A sparse vector being filled: feature ids, values and raw counts, valid up to `length`. */
export interface SparseVector {
  ids: Int32Array;
  values: Float32Array;
  /** How often each feature occurs in the utterance (before sublinear TF, idf and normalisation). */
  counts: Float32Array;
  length: number;
  /** The factor the char block was normalised by: a char feature occurring once has value `idf × charScale`. */
  charScale: number;
  /** The utterance's tokens and what the space knows of each, valid up to `tokenCount`. */
  tokens: string[];
  infos: TokenInfo[];
  tokenCount: number;
  /** Share of the utterance's stems never seen in training. */
  unseenShare: number;
}

/**
 * The vocabulary and idf of the two feature blocks: stemmed word uni+bigrams (ids `0..wordCount-1`) and
 * character 3–5-grams (ids `wordCount..size-1`). Turns text into sublinear TF-IDF vectors, each block
 * L2-normalised and the concatenation normalised again.
 */
export class FeatureSpace {
  readonly wordCount: number;
  /** Number of features. */
  readonly size: number;
  readonly idf: Float32Array;
  /** Distinct tokens of the training texts, most frequent first (empty when not known). */
  readonly tokens: readonly string[];
  /** Unigram word features (bigrams are found through `bigrams`). */
  private readonly unigrams = new Map<string, number>();
  private readonly charTable: CharGramTable;
  /** What the space knows of each word, by word id. */
  private readonly tokenInfos = new WordSlots<TokenInfo>();
  /** Per feature, its count in the utterance being vectorised (all zero between calls). */
  private readonly counts: Int32Array;
  private readonly bigrams: BigramIndex;
  private featureNames: FeatureNames | (() => FeatureNames);
  private named: readonly string[] | undefined;

  /**
   * Wraps a vocabulary: word features first, then char features, with one idf per feature, and the training tokens.
   * `names` gives the same two lists again when they are needed (explanations, serialising), so a loaded model
   * need not hold tens of thousands of feature strings (by default the lists given are kept). `tables`, made by
   * the same features before, spares building the lookup tables.
   */
  constructor(
    wordFeatures: readonly string[],
    charFeatures: readonly string[],
    idf: Float32Array,
    tokens: readonly string[] = [],
    names?: () => FeatureNames,
    tables?: FeatureTables,
  ) {
    this.featureNames = names ?? { word: wordFeatures, char: charFeatures };
    this.wordCount = wordFeatures.length;
    this.size = wordFeatures.length + charFeatures.length;
    this.idf = idf;
    this.tokens = tokens;
    this.counts = new Int32Array(this.size);
    wordFeatures.forEach((f, i) => {
      if (!f.includes(' ')) this.unigrams.set(detached(f), i);
    });
    this.charTable = new CharGramTable(charFeatures, this.wordCount, tables?.chars);
    this.bigrams = new BigramIndex(wordFeatures, (word) => this.unigrams.get(word) ?? -1, tables?.bigrams);
  }

  /**
   * Builds the vocabulary and smoothed idf from training texts: every word, and the word pairs and char n-grams found
   * in at least `minDf` texts.
   */
  static fromTexts(texts: readonly string[], minDf = 1): FeatureSpace {
    const words = new Map<string, number>();
    const chars = new Map<string, number>();
    const seen = new Map<string, number>();
    for (const text of texts) {
      const tokens = tokenize(text);
      for (const token of tokens) seen.set(token, (seen.get(token) ?? 0) + 1);
      for (const g of new Set(wordGrams(tokens.map(stem)))) words.set(g, (words.get(g) ?? 0) + 1);
      for (const g of new Set(tokens.flatMap(charGrams))) chars.set(g, (chars.get(g) ?? 0) + 1);
    }
    const n = texts.length;
    const keptWords = [...words].filter(([gram, df]) => df >= minDf || !gram.includes(' '));
    const keptChars = [...chars].filter(([, df]) => df >= minDf);
    const idf = Float32Array.from([...keptWords, ...keptChars], ([, df]) => Math.log((1 + n) / (1 + df)) + 1);
    const tokens = [...seen].sort((a, b) => b[1] - a[1]).map(([token]) => token);
    return new FeatureSpace(
      keptWords.map(([gram]) => gram),
      keptChars.map(([gram]) => gram),
      idf,
      tokens,
    );
  }

  /** The lookup tables, for the compiled snapshot. */
  get tables(): FeatureTables {
    return { bigrams: this.bigrams.tables, chars: this.charTable.tables };
  }

  /** Every feature's name by id: `w:` and a word uni/bigram, or `c:` and a char n-gram; made on first use. */
  get names(): readonly string[] {
    if (this.named === undefined) {
      const { word, char } = typeof this.featureNames === 'function' ? this.featureNames() : this.featureNames;
      this.named = [...word.map((f) => `w:${f}`), ...char.map((f) => `c:${f}`)];
      this.featureNames = { word: [], char: [] };
    }
    return this.named;
  }

  /**
   * The feature lists read back from the lookup tables (unigrams, bigram pairs, char grams), so a loaded model can
   * name its features without keeping the lists it was built from.
   */
  namesFromTables(): FeatureNames {
    const word = new Array<string>(this.wordCount).fill('');
    for (const [unigram, id] of this.unigrams) word[id] = unigram;
    const wordOf = (id: number) => (id === this.bigrams.start ? BOS : id === this.bigrams.end ? EOS : word[id]!);
    for (const [first, second, id] of this.bigrams.pairs()) word[id] = `${wordOf(first)} ${wordOf(second)}`;
    return { word, char: this.charTable.grams() };
  }

  /** What the space knows of a token, given with its word id. */
  private tokenInfo(id: number, token: string): TokenInfo {
    const info = this.tokenInfos.get(id);
    if (info !== undefined) return info;
    const unigram = this.unigrams.get(stemOfWord(id, token)) ?? -1;
    return this.tokenInfos.set(id, { unigram, chars: this.charTable.idsOf(token), scoredBy: undefined, scoredIn: 0, row: -1 });
  }

  private add(id: number, out: SparseVector): void {
    if (id < 0) return;
    if (this.counts[id] === 0) out.ids[out.length++] = id;
    this.counts[id]! += 1;
  }

  /** The ids of the known char n-grams of one token, a repeated n-gram once per occurrence. */
  charIds(token: string): Int32Array {
    return this.tokenInfo(wordId(token), token).chars;
  }

  /** Vectorises an utterance into `out` (which must hold up to `MAX_ACTIVE` features). */
  vectorize(text: string, out: SparseVector): void {
    const tokens = readTokens(text);
    const ids = readWordIds(text);
    let unseen = 0;
    let previous = this.bigrams.start;
    out.tokenCount = tokens.length;
    out.length = 0;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      out.tokens[t] = token;
      const info = this.tokenInfo(ids[t]!, token);
      out.infos[t] = info;
      const chars = info.chars;
      for (let c = 0; c < chars.length; c++) this.add(chars[c]!, out);
      if (info.unigram < 0) {
        unseen++;
        previous = -1;
        continue;
      }
      this.add(info.unigram, out);
      if (previous >= 0) this.add(this.bigrams.get(previous, info.unigram), out);
      previous = info.unigram;
    }
    if (tokens.length > 0 && previous >= 0) this.add(this.bigrams.get(previous, this.bigrams.end), out);
    out.unseenShare = tokens.length === 0 ? 1 : unseen / tokens.length;
    this.flush(out);
  }

  /** Turns the counts gathered by `add` into the normalised vector and resets them. */
  private flush(out: SparseVector): void {
    const { ids, values } = out;
    const n = out.length;
    let wordNorm = 0;
    let charNorm = 0;
    for (let j = 0; j < n; j++) {
      const id = ids[j]!;
      const count = this.counts[id]!;
      this.counts[id] = 0;
      const v = (count === 1 ? 1 : 1 + Math.log(count)) * this.idf[id]!;
      values[j] = v;
      out.counts[j] = count;
      if (id < this.wordCount) wordNorm += v * v;
      else charNorm += v * v;
    }
    const blocks = (wordNorm > 0 ? 1 : 0) + (charNorm > 0 ? 1 : 0);
    const outer = blocks > 1 ? Math.SQRT1_2 : 1;
    const wordScale = wordNorm > 0 ? outer / Math.sqrt(wordNorm) : 0;
    const charScale = charNorm > 0 ? outer / Math.sqrt(charNorm) : 0;
    for (let j = 0; j < n; j++) values[j]! *= ids[j]! < this.wordCount ? wordScale : charScale;
    out.charScale = charScale;
  }
}

/**
 * Most active features of one utterance: the token cap bounds it (a 32-char token has 93 char grams, plus its
 * unigram and bigram: 128 × 95 + the end bigram < 128 × 100), so no feature is ever cut.
 */
export const MAX_ACTIVE = 128 * 100;

/** Allocates a sparse vector big enough for any utterance. */
export function createSparseVector(): SparseVector {
  const counts = new Float32Array(MAX_ACTIVE);
  const vector = { ids: new Int32Array(MAX_ACTIVE), values: new Float32Array(MAX_ACTIVE), counts, length: 0 };
  return { ...vector, charScale: 0, tokens: [], infos: [], tokenCount: 0, unseenShare: 0 };
}
