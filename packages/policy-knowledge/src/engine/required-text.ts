// What a regexp's matches must contain, read from its source: a cheap test that tells where it cannot match, so a
// caller need not run (nor compile) it there. The reading is conservative: whatever it cannot follow (a character
// class, a back-reference, a Unicode-mode pattern) requires nothing, so the test never rejects a text the pattern
// matches.

/** The most strings a part of a pattern is followed through as a set of exact texts ("cover(?:ing)? up" → two). */
const MAX_EXACT = 64;

/** What a part of a pattern matches: the exact texts when they are few, and texts one of which each match contains. */
interface PartReading {
  /** Every text the part can match (lower-cased under `i`), or undefined when they are many or not known. */
  exact: string[] | undefined;
  /** Texts one of which every match contains, or undefined when nothing is known to be required. */
  required: string[] | undefined;
  /** Of parts matched one after another, every such set of texts each part requires (all of them hold). */
  all?: string[][];
}

const ANYTHING: PartReading = { exact: undefined, required: undefined };
const NOTHING_WIDE: PartReading = { exact: [''], required: undefined };

/** Escapes that stand for one of many characters, or for one given by its code ("\x41", "\cJ", a back-reference). */
const CLASS_ESCAPES = new Set('dDwWsSpPxuck0123456789');
/** Escapes that match no character: word boundaries. */
const ASSERTION_ESCAPES = new Set('bB');
/** Escapes of control characters ("\n"): followed as any character, which is always safe. */
const CONTROL_ESCAPES = new Set('fnrtv');
/** The characters an escape takes after its letter (any digits after a digit: a back-reference or an octal code). */
const ESCAPE_TAILS: Readonly<Record<string, RegExp>> = { x: /^[\da-f]{2}/i, u: /^[\da-f]{4}/i, c: /^[a-z]/i, k: /^<[^>]*>/ };
const DIGITS = /^\d*/;

/** Reads a pattern source from left to right (the syntax JavaScript patterns without the `u` or `v` flag use). */
class PatternReader {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  /** The reading of the whole source; throws on syntax it does not follow. */
  readAll(): PartReading {
    const reading = this.alternatives();
    if (this.at !== this.source.length) throw new Error(`unexpected ${this.source[this.at]} at ${this.at}`);
    return reading;
  }

  private alternatives(): PartReading {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : eitherOf(branches);
  }

  private sequence(): PartReading {
    const parts: PartReading[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      parts.push(this.quantified(this.atom()));
    }
    return oneAfterAnother(parts);
  }

  private atom(): PartReading {
    const char = this.source[this.at++]!;
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape();
    if (char === '.') return ANYTHING;
    if (char === '^' || char === '$') return NOTHING_WIDE;
    return this.literal(char);
  }

  private group(): PartReading {
    let lookaround = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
      lookaround = true;
      this.at += this.source[this.at + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1;
    else if (this.source[this.at] === '?') throw new Error(`unknown group at ${this.at}`);
    const inner = this.alternatives();
    if (this.source[this.at++] !== ')') throw new Error('unclosed group');
    return lookaround ? NOTHING_WIDE : inner;
  }

  private characterClass(): PartReading {
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.source[this.at++] !== ']') throw new Error('unclosed character class');
    return ANYTHING;
  }

  private escape(): PartReading {
    const char = this.source[this.at++];
    if (char === undefined) throw new Error('pattern ends with a backslash');
    if (ASSERTION_ESCAPES.has(char)) return NOTHING_WIDE;
    if (!CLASS_ESCAPES.has(char) && !CONTROL_ESCAPES.has(char)) return this.literal(char);
    // What follows belongs to the escape: "\x41", "\u00e9", "\cJ", "\k<name>", "\12".
    const tail = (ESCAPE_TAILS[char] ?? (/\d/.test(char) ? DIGITS : undefined))?.exec(this.source.slice(this.at));
    if (tail) this.at += tail[0].length;
    return ANYTHING;
  }

  /** One character matched as itself (and its other case under `i`); a letter outside ASCII is not followed. */
  private literal(char: string): PartReading {
    const hasCase = char.toLowerCase() !== char.toUpperCase();
    if (hasCase && char.charCodeAt(0) > 0x7f) return ANYTHING;
    const text = this.ignoreCase ? char.toLowerCase() : char;
    return { exact: [text], required: [text] };
  }

  private quantified(atom: PartReading): PartReading {
    const quantifier = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.source.slice(this.at));
    if (!quantifier) return atom;
    this.at += quantifier[0].length;
    const [, symbol, least, comma, most] = quantifier;
    const min = symbol === undefined ? Number(least) : symbol === '+' ? 1 : 0;
    const onlyOnce = symbol === '?' || (symbol === undefined && (comma === undefined ? least === '1' : most === '1'));
    if (min === 0) return { exact: onlyOnce && atom.exact ? unique([...atom.exact, '']) : undefined, required: undefined };
    return { exact: min === 1 && onlyOnce ? atom.exact : undefined, required: atom.required };
  }
}

/** Strings without duplicates, in order. */
function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}

/** The reading of alternatives: a match is a match of one of them. */
function eitherOf(branches: readonly PartReading[]): PartReading {
  const exact = branches.every((b) => b.exact) ? unique(branches.flatMap((b) => b.exact!)) : undefined;
  const required = branches.every((b) => b.required) ? fewestNeeded(branches.flatMap((b) => b.required!)) : undefined;
  return { exact: exact && exact.length <= MAX_EXACT ? exact : undefined, required };
}

/**
 * Of texts one of which a match contains, those still needed: a text containing another is dropped (whatever holds
 * it holds the shorter one too).
 */
function fewestNeeded(texts: readonly string[]): string[] {
  const distinct = unique(texts).sort((a, b) => a.length - b.length);
  return distinct.filter((text, i) => !distinct.slice(0, i).some((shorter) => text.includes(shorter)));
}

/** The reading of parts matched one after another: runs of exact parts join into longer required texts. */
function oneAfterAnother(parts: readonly PartReading[]): PartReading {
  const candidates: string[][] = [];
  let run = [''];
  const closeRun = (): void => {
    if (run.every((text) => text !== '')) candidates.push(run);
  };
  for (const part of parts) {
    if (part.required) candidates.push(part.required);
    if (!part.exact) {
      closeRun();
      run = [''];
      continue;
    }
    const longer = joined(run, part.exact);
    if (!longer) closeRun();
    run = longer ?? part.exact;
  }
  closeRun();
  const exact = parts.every((p) => p.exact)
    ? parts.reduce<string[] | undefined>((all, p) => all && joined(all, p.exact!), [''])
    : undefined;
  return { exact, required: mostTelling(candidates), all: candidates.map(fewestNeeded) };
}

/** Every first text followed by every second one, or undefined when they are too many. */
function joined(firsts: readonly string[], seconds: readonly string[]): string[] | undefined {
  if (firsts.length * seconds.length > MAX_EXACT) return undefined;
  return unique(firsts.flatMap((first) => seconds.map((second) => first + second)));
}

/** Of several sets of required texts (all of which hold), the one whose shortest text is longest. */
function mostTelling(candidates: readonly string[][]): string[] | undefined {
  let best: string[] | undefined;
  let bestShortest = 0;
  for (const candidate of candidates) {
    const texts = fewestNeeded(candidate);
    const shortest = Math.min(...texts.map((text) => text.length));
    if (shortest > bestShortest) {
      best = texts;
      bestShortest = shortest;
    }
  }
  return best;
}

/** How the pattern reads, or undefined when it is in Unicode mode or its source does not follow the syntax read here. */
function readingOf(pattern: RegExp): PartReading | undefined {
  if (pattern.unicode || pattern.flags.includes('v')) return undefined;
  try {
    return new PatternReader(pattern.source, pattern.ignoreCase).readAll();
  } catch {
    return undefined;
  }
}

/**
 * Texts one of which every match of the pattern contains (lower-cased when the pattern ignores case), or undefined when
 * the pattern's source does not tell any (a pattern in Unicode mode is not read).
 */
export function requiredTexts(pattern: RegExp): readonly string[] | undefined {
  return readingOf(pattern)?.required;
}

/**
 * Sets of texts every match of the pattern contains one of, each set (`\bhide\b.{0,60}\bincome\b`: "hide" and
 * "income"), as requiredTexts gives them; empty when none is known.
 */
export function requiredTextSets(pattern: RegExp): readonly (readonly string[])[] {
  const reading = readingOf(pattern);
  const sets = reading?.all ?? (reading?.required ? [reading.required] : []);
  // A set another one implies (each text of the other holds one of its texts: "h" by "hide") says nothing more.
  const implies = (set: readonly string[], other: readonly string[]): boolean =>
    set.every((text) => other.some((piece) => text.includes(piece)));
  return sets.filter((other, i) => !sets.some((set, j) => j !== i && implies(set, other) && !(implies(other, set) && j > i)));
}

/** Characters of a required text an index looks up: every text a pattern of the guard requires has as many at least. */
const KEY_LENGTH = 4;

/** The commonest characters of English text: a key made of fewer of them occurs in fewer sentences. */
const COMMON = new Set(' etaoinshrdl');

/** Where the most telling four characters of a text start ("without getting caught" → "ught", not "with"). */
function keyStart(text: string): number {
  let best = 0;
  let bestCommon = KEY_LENGTH + 1;
  for (let at = 0; at + KEY_LENGTH <= text.length; at++) {
    let common = 0;
    for (let i = at; i < at + KEY_LENGTH; i++) if (COMMON.has(text[i]!)) common++;
    if (common <= bestCommon) {
      best = at;
      bestCommon = common;
    }
  }
  return best;
}

/**
 * A number for four characters, ASCII capitals read as small letters (two keys of the same characters get the same number,
 * others rarely do). Only ASCII letters need folding: a pattern ignoring case matches an ASCII letter of either case, and
 * only those, and a required text holds no other letter.
 */
function keyAt(text: string, at: number): number {
  let key = 0;
  for (let i = at; i < at + KEY_LENGTH; i++) {
    const code = text.charCodeAt(i);
    key = (Math.imul(key, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
  }
  return key;
}

/**
 * Which of several case-insensitive patterns may match a text, found in one pass over it: a pattern may match only where,
 * for each set of texts it requires, four characters of one of them occur (see keyStart). A set with a shorter text is not
 * looked for; a pattern with no set left (or that ignores no case) may match anywhere.
 */
export class RequiredTextIndex {
  /** For each key, the sets (by number) one of whose texts holds it. */
  private readonly byKey = new Map<number, number[]>();
  /** For each pattern, the numbers of the sets it requires. */
  private readonly setsOf: number[][] = [];
  private setCount = 0;
  private readonly found: Uint8Array;
  private readonly marks: Uint8Array;

  /** Indexes the patterns, in order (a candidate is given by its position in `patterns`). */
  constructor(patterns: readonly RegExp[]) {
    for (const pattern of patterns) {
      const sets = pattern.ignoreCase ? requiredTextSets(pattern) : [];
      this.setsOf.push(sets.filter((set) => set.every((text) => text.length >= KEY_LENGTH)).map((set) => this.addSet(set)));
    }
    this.found = new Uint8Array(this.setCount);
    this.marks = new Uint8Array(patterns.length);
  }

  private addSet(texts: readonly string[]): number {
    const id = this.setCount++;
    for (const key of new Set(texts.map((text) => keyAt(text, keyStart(text))))) {
      const sets = this.byKey.get(key);
      if (sets === undefined) this.byKey.set(key, [id]);
      else sets.push(id);
    }
    return id;
  }

  /** Marks (with 1) each pattern that may match the text; the marks hold until the next call. */
  candidates(text: string): Uint8Array {
    const { found, marks } = this;
    found.fill(0);
    for (let at = 0; at + KEY_LENGTH <= text.length; at++) {
      const sets = this.byKey.get(keyAt(text, at));
      if (sets !== undefined) for (const id of sets) found[id] = 1;
    }
    for (let i = 0; i < marks.length; i++) {
      const sets = this.setsOf[i]!;
      let all = 1;
      for (let j = 0; j < sets.length && all === 1; j++) all = found[sets[j]!]!;
      marks[i] = all;
    }
    return marks;
  }
}
