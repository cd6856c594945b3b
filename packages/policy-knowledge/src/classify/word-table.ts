import { stem } from './stem.js';

/** Most distinct words given an id; when full the table starts afresh, and every `WordSlots` with it. */
const MAX_WORDS = 100_000;

const ids = new Map<string, number>();
const stems: (string | undefined)[] = [];
/** Counts the times the table started afresh: slots filled before the latest count are stale. */
let generation = 0;

/** The id of a word (a token as `tokenize` gives it), the same for every reader until the table fills. */
export function wordId(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    if (ids.size >= MAX_WORDS) {
      ids.clear();
      stems.length = 0;
      generation++;
    }
    id = ids.size;
    ids.set(word, id);
    stems.push(undefined);
  }
  return id;
}

/** How many times the table has started afresh: ids given before a change are not to be used after it. */
export function wordTableGeneration(): number {
  return generation;
}

/** The Porter stem of the word with the given id and text (as `stem` gives it), worked out once per word. */
export function stemOfWord(id: number, word: string): string {
  const known = stems[id];
  if (known !== undefined) return known;
  const found = stem(word);
  stems[id] = found;
  return found;
}

/**
 * What one reader keeps per word id (a word's features, its spelling correction…), so a word is looked up once however
 * many questions use it; emptied when the word table starts afresh.
 */
export class WordSlots<T> {
  private values: (T | undefined)[] = [];
  private generation = generation;

  /** The value kept for a word id, if any. */
  get(id: number): T | undefined {
    if (this.generation !== generation) this.clear();
    return this.values[id];
  }

  /** Keeps a value for a word id and returns it. */
  set(id: number, value: T): T {
    if (this.generation !== generation) this.clear();
    // Filled up to the id first: an array written past its end would become a dictionary.
    while (this.values.length < id) this.values.push(undefined);
    this.values[id] = value;
    return value;
  }

  private clear(): void {
    this.values = [];
    this.generation = generation;
  }
}
