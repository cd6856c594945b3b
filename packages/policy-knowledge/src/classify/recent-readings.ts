/** Counts the times every reading was forgotten; a cache made (or last cleared) before the latest count clears itself. */
let generation = 0;

/** Forgets the readings of every cache, module-level and per-instance alike (the way a text is read has changed). */
export function forgetAllReadings(): void {
  generation++;
}

/**
 * The last few readings of texts: a question is read by several readers in turn, so each reading is made once.
 * A reading may depend on one more value besides the text (an audience, a count), compared with `===`.
 * Bounded: when full, the oldest reading is replaced.
 */
export class RecentReadings<T> {
  private readonly texts: string[] = [];
  private readonly variants: unknown[] = [];
  private readonly readings: T[] = [];
  private oldest = 0;
  private generation = generation;

  /** A cache of at most `capacity` readings. */
  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`capacity must be at least 1, got ${capacity}`);
  }

  /** The reading remembered for the text (and variant), if any. */
  get(text: string, variant?: unknown): T | undefined {
    if (this.generation !== generation) this.clear();
    const { texts, variants } = this;
    for (let i = 0; i < texts.length; i++) if (texts[i] === text && variants[i] === variant) return this.readings[i];
    return undefined;
  }

  /** Remembers the reading of the text (and variant), replacing the oldest when full; returns the reading. */
  remember(text: string, reading: T, variant?: unknown): T {
    if (this.generation !== generation) this.clear();
    let at = this.texts.length;
    if (at === this.capacity) {
      at = this.oldest;
      this.oldest = (at + 1) % this.capacity;
    }
    this.texts[at] = text;
    this.variants[at] = variant;
    this.readings[at] = reading;
    return reading;
  }

  /** How many readings are remembered. */
  get size(): number {
    return this.generation === generation ? this.texts.length : 0;
  }

  private clear(): void {
    this.texts.length = 0;
    this.variants.length = 0;
    this.readings.length = 0;
    this.oldest = 0;
    this.generation = generation;
  }
}
