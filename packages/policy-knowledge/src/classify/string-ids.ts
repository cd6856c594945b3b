/**
 * A string → id table as one typed array, open-addressed by each string's 64-bit hash: the strings themselves are not
 * kept. A `Map<string, number>` of 27,000 feature names holds about 2.5 MB of heap; this holds 790 kB.
 */
export interface StringIdTables {
  /** Three numbers per slot: the hash's high and low halves, and the id + 1 (0 for an empty slot); a power of two slots. */
  slots: Uint32Array;
}

const SLOT = 3;

/** Looks strings up by hash. A string that was never added is found only on a 64-bit hash collision (about 1 in 10^15). */
export class StringIds {
  private readonly mask: number;

  private constructor(private readonly slots: Uint32Array) {
    this.mask = slots.length / SLOT - 1;
  }

  /** The table of `names`, each mapped to its position in the list; throws when two names share a hash (never seen). */
  static of(names: readonly string[]): StringIds {
    let count = 1;
    while (count < 2 * names.length) count *= 2;
    const table = new StringIds(new Uint32Array(SLOT * count));
    names.forEach((name, id) => {
      hash(name);
      const slot = table.slotOf(hashHigh, hashLow);
      if (table.slots[SLOT * slot + 2] !== 0) throw new Error(`"${name}" shares a hash with another name`);
      table.slots.set([hashHigh, hashLow, id + 1], SLOT * slot);
    });
    return table;
  }

  /** A table kept earlier (see `toTables`). */
  static fromTables(tables: StringIdTables): StringIds {
    return new StringIds(tables.slots);
  }

  /** The typed array the table is made of, to be stored. */
  toTables(): StringIdTables {
    return { slots: this.slots };
  }

  /** The id of `name`, or -1 when the table does not hold it. */
  get(name: string): number {
    hash(name);
    return this.slots[SLOT * this.slotOf(hashHigh, hashLow) + 2]! - 1;
  }

  /** The id of the name `prefix + rest` (as `get` gives it), without joining the two. */
  getJoined(prefix: string, rest: string): number {
    hash(prefix, rest);
    return this.slots[SLOT * this.slotOf(hashHigh, hashLow) + 2]! - 1;
  }

  /** The slot holding this hash, or the empty slot where it would go. */
  private slotOf(high: number, low: number): number {
    const slots = this.slots;
    let slot = low & this.mask;
    for (;;) {
      const at = SLOT * slot;
      if (slots[at + 2] === 0 || (slots[at] === high && slots[at + 1] === low)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }
}

// The two halves of the last hash computed (module state rather than an object per look-up).
let hashHigh = 0;
let hashLow = 0;

/**
 * Sets hashHigh and hashLow to two independent 32-bit hashes (FNV-1a and a multiply-xorshift mix) of a string, given
 * whole or as two pieces (`text + rest`).
 */
function hash(text: string, rest = ''): void {
  hashHigh = 0x811c9dc5;
  hashLow = 0x9747b28c;
  mixIn(text);
  mixIn(rest);
  hashLow = (Math.imul(hashLow ^ (hashLow >>> 15), 0x27d4eb2d) ^ (text.length + rest.length)) >>> 0;
  hashHigh >>>= 0;
}

/** Mixes a string's characters into hashHigh and hashLow. */
function mixIn(text: string): void {
  let high = hashHigh;
  let low = hashLow;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    high = Math.imul(high ^ c, 0x01000193);
    low = Math.imul(low ^ c, 0x5bd1e995);
    low ^= low >>> 13;
  }
  hashHigh = high;
  hashLow = low;
}
