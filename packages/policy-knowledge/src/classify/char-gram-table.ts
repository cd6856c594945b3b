/** Longest char n-gram a feature holds (`charGrams` makes 3- to 5-grams). */
const MAX_GRAM = 5;
/** The padding around a token, as in `charGrams`. */
const SPACE = 32;

/** Char code `i` of `token` padded with a space on each side. */
const paddedCode = (token: string, i: number): number => (i === 0 || i > token.length ? SPACE : token.charCodeAt(i - 1));

/** The table as plain typed arrays, kept in the compiled snapshot so a start need not build it. */
export interface CharGramTables {
  slots: Int32Array;
  codes: Uint16Array;
  lengths: Uint8Array;
}

/**
 * The char n-gram features as an open-addressing hash table over UTF-16 code units, so finding a token's
 * n-grams builds no strings: each gram is hashed in place in the padded token and checked code by code.
 */
export class CharGramTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Code units of each gram, `MAX_GRAM` per gram, and each gram's length. */
  private readonly codes: Uint16Array;
  private readonly lengths: Uint8Array;

  /** Indexes `grams` (gram `i` gets id `firstId + i`), or takes `built`; grams longer than five code units are never found. */
  constructor(
    grams: readonly string[],
    private readonly firstId: number,
    built?: CharGramTables,
  ) {
    if (built) {
      ({ slots: this.slots, codes: this.codes, lengths: this.lengths } = built);
      this.mask = this.slots.length - 1;
      return;
    }
    let size = 16;
    while (size < grams.length * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.codes = new Uint16Array(grams.length * MAX_GRAM);
    this.lengths = new Uint8Array(grams.length);
    grams.forEach((gram, g) => {
      if (gram.length > MAX_GRAM) return;
      for (let c = 0; c < gram.length; c++) this.codes[g * MAX_GRAM + c] = gram.charCodeAt(c);
      this.lengths[g] = gram.length;
      let slot = this.hash(gram, 1, gram.length) & this.mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = g;
    });
  }

  /** The table as plain typed arrays. */
  get tables(): CharGramTables {
    return { slots: this.slots, codes: this.codes, lengths: this.lengths };
  }

  /** FNV-1a over `n` code units of `token` padded with spaces, from padded position `start` (1: the token's first). */
  private hash(token: string, start: number, n: number): number {
    let h = 0x811c9dc5;
    for (let c = 0; c < n; c++) h = Math.imul(h ^ paddedCode(token, start + c), 0x01000193);
    return (h ^ (h >>> 15)) >>> 0;
  }

  /** The feature id of the `n`-gram at padded position `start` of `token`, or -1. */
  private find(token: string, start: number, n: number): number {
    let slot = this.hash(token, start, n) & this.mask;
    for (let g = this.slots[slot]!; g >= 0; g = this.slots[slot]!) {
      if (this.lengths[g] === n) {
        let c = 0;
        while (c < n && this.codes[g * MAX_GRAM + c] === paddedCode(token, start + c)) c++;
        if (c === n) return this.firstId + g;
      }
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  /** Every gram, in id order, read back from the table ("" for a gram too long to be kept). */
  grams(): string[] {
    return Array.from(this.lengths, (length, g) => String.fromCharCode(...this.codes.subarray(g * MAX_GRAM, g * MAX_GRAM + length)));
  }

  /** The ids of the known char 3–5-grams of `token`, in `charGrams` order, a repeated n-gram once per occurrence. */
  idsOf(token: string): Int32Array {
    const padded = token.length + 2;
    const ids: number[] = [];
    for (let n = 3; n <= MAX_GRAM; n++) {
      for (let i = 0; i + n <= padded; i++) {
        const id = this.find(token, i, n);
        if (id >= 0) ids.push(id);
      }
    }
    return Int32Array.from(ids);
  }
}
