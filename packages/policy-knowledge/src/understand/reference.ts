import type { ClauseList } from '../schema/topic.js';
import { anyOf } from './word-pattern.js';

/** A reference to the source's structure found in a question. */
export type Reference =
  | { kind: 'section'; id: string; part?: 'opening' | 'closing' }
  | { kind: 'clause'; id: string }
  | { kind: 'list-item'; id: string; list: string; index: number }
  | { kind: 'list'; id: string };

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  one: 1,
  second: 2,
  '2nd': 2,
  two: 2,
  third: 3,
  '3rd': 3,
  three: 3,
  fourth: 4,
  '4th': 4,
  four: 4,
  fifth: 5,
  '5th': 5,
  five: 5,
  fifthly: 5,
  sixth: 6,
  '6th': 6,
  six: 6,
};
// A bare "3-11" is a clause, but "1-2 days a week" is a range of days.
const CLAUSE_ID = String.raw`(\d(?:\.\d)?-\d{1,2})`;
const TIME_UNITS = ['days?', 'weeks?', 'months?', 'years?', 'hours?', 'times?'];
const COUNTED = ['people', 'persons', 'teachers', 'students', 'yuan', '%', 'percent'];
const CLAUSE = new RegExp(
  String.raw`\bclause\s*${CLAUSE_ID}\b|(?<![\d.-])${CLAUSE_ID}(?![\d.-])(?!\s*${anyOf([...TIME_UNITS, ...COUNTED])})`,
  'i',
);
const SECTION = /(?:\b(?:section|sect|sec|chapter|part|paragraph|para|heading|mode|model)\.?|§)\s*(\d(?:\.\d)?)(?![\d-])/i;
// ("2.5 years", "1.5 days a week" are amounts, not subsections.)
const BARE_SUBSECTION = /(?<![\d.-])(\d\.\d)(?![\d-])(?!\s*(?:%|(?:percent|years?|yrs?|months?|weeks?|days?|hours?|hrs?|times)\b))/i;
// An ordinal naming an item, not a school year or a time ("third year students", "the second time").
const ORDINAL_WORDS = ['first', '1st', 'second', '2nd', 'third', '3rd', 'fourth', '4th', 'fifth', '5th', 'fifthly', 'sixth', '6th'];
const NOT_AN_ITEM = ['year', 'grade', 'semester', 'term', 'time', 'round', 'month', 'week', 'day', 'place'];
// "in the first place", "at first", "first of all", "some background first:", "but first,": an ordinal of speech, not of a list.
const SPEECH_ORDINAL = String.raw`(?<!\bat )(?<!\b(?:background|context|things|but|so) )(?!(?:first|1st)\s*[:,;])`;
const ORDINAL_ITEM = new RegExp(
  String.raw`${SPEECH_ORDINAL}\b(${ORDINAL_WORDS.join('|')})\b(?![- ]${anyOf(NOT_AN_ITEM)}s?\b)(?! of all\b)`,
  'i',
);
const NUMBERED_ITEM = /\b(?:point|item|number|no\.?)\s*(one|two|three|four|five|six|[1-6])\b/i;

/** "section 12", "§ 4.9": a section named by its number, whatever the paper has. */
const ANY_SECTION = /(?:\b(?:section|sect|sec|chapter|paragraph|para)\.?|§)\s*(\d+(?:\.\d+)?)(?![\d-])/i;

/** The number of a section a question names with a cue word ("section 12", "§ 4.9"), whether or not the paper has it. */
export function namedSectionNumber(question: string): string | undefined {
  return ANY_SECTION.exec(question)?.[1];
}

/**
 * What every reference holds: a number (of a clause, section or item), a section's name, an ordinal or a count. A
 * question without one refers to nothing, unless it names a list whole ("what are the points of treatment?").
 */
const MAY_REFER = /\d|intro|summary|conclu|first|second|third|fourth|fifth|sixth|one|two|three|four|five|six/i;

/** Finds a section, clause or list-item reference ("section 4.3", "clause 3-11", "the fourth point of treatment"). */
export function findReference(
  question: string,
  sections: ReadonlyMap<string, string>,
  lists: readonly ClauseList[],
): Reference | undefined {
  if (!MAY_REFER.test(question) && !lists.some((l) => namedWholePattern(l).test(question))) return undefined;
  const clause = CLAUSE.exec(question);
  const clauseId = clause?.[1] ?? clause?.[2];
  if (clauseId && /\bclause\b|\b\d(?:\.\d)?-\d/.test(question)) return { kind: 'clause', id: clauseId };
  const section = SECTION.exec(question)?.[1] ?? BARE_SUBSECTION.exec(question)?.[1] ?? namedSection(question);
  const item = listItem(question, lists);
  if (item && (!section || lists.some((l) => l.id === item.list && l.section === section))) return item;
  const whole = wholeList(question, lists);
  if (whole && (!section || whole.section === section)) return { kind: 'list', id: whole.id };
  if (section && sections.has(section)) {
    const part = sections.has(`${section}.1`) ? partAsked(question) : undefined;
    return part ? { kind: 'section', id: section, part } : { kind: 'section', id: section };
  }
  return undefined;
}

/** "the opening of section 4", "…before it gets to the modes": the part of a section ahead of its subsections. */
const OPENING_WORDS = ['opening', 'start', 'beginning', 'intro', 'introduction', 'first part', 'lead-in', 'preamble'];
const OPENING_OF = String.raw`\b${anyOf(OPENING_WORDS)}\s+(?:part\s+|bit\s+)?(?:of|to|in)\s+`;
const PARTS = String.raw`(?:the )?(?:individual |separate )?(?:modes|models|subsections)\b`;
const BEFORE_PARTS = String.raw`\bbefore (?:it (?:gets|goes) (?:in)?to|${PARTS})`;
const OPENING = new RegExp(String.raw`${OPENING_OF}(?:the\s+)?(?:section|chapter|part)\b|${BEFORE_PARTS}`, 'i');

/** "the end of section 2", "the last bit of section 2, right before section 3": the part of a section after its subsections. */
const CLOSING_WORDS = ['end', 'ending', 'close', 'closing', 'last bit', 'last part', 'final bit', 'final part', 'wrap-up'];
const CLOSING_OF = String.raw`\b${anyOf(CLOSING_WORDS)}\s+(?:part\s+|bit\s+)?(?:of|to|in)\s+`;
const CLOSING = new RegExp(String.raw`${CLOSING_OF}(?:the\s+)?(?:section|chapter|part)\b|\bright before (?:section|part|chapter)\b`, 'i');

/** Which part of a section apart from its subsections a question asks for: its opening, its closing, or neither. */
function partAsked(question: string): 'opening' | 'closing' | undefined {
  return OPENING.test(question) ? 'opening' : CLOSING.test(question) ? 'closing' : undefined;
}

// Sections people name rather than number: "the introduction", "the summary section".
const NAMED_SECTIONS: [RegExp, string][] = [
  [/\b(?:introduction|intro)\b/i, '1'],
  [/\b(?:summary|conclusions?|concluding)\b/i, '5'],
];
const SECTION_NAMES = ['introduction', 'intro', 'summary', 'conclusions?'];
const SAYS = ['say', 'says', 'said', 'cover', 'covers', 'part', 'section'];
const ABOUT_A_PART = new RegExp(
  String.raw`\b(?:section|part|chapter|paragraph)\b|\bthe ${anyOf(SECTION_NAMES)} ${anyOf(SAYS)}\b` +
    String.raw`|\bin the (?:introduction|summary|conclusions?)\b` +
    // "what's in the intro", "the conclusion of the paper"; not "the introduction of a company to the college".
    String.raw`|\bthe (?:introduction|intro|conclusions?)\b(?!\s+of\s+(?!the (?:paper|article|study)\b))`,
  'i',
);

function namedSection(question: string): string | undefined {
  if (!ABOUT_A_PART.test(question)) return undefined;
  return NAMED_SECTIONS.find(([pattern]) => pattern.test(question))?.[1];
}

const cuePatterns = new WeakMap<ClauseList, RegExp>();

/** One pattern for all of a list's cue words, compiled once per list. */
function cuePattern(list: ClauseList): RegExp {
  let pattern = cuePatterns.get(list);
  if (!pattern) {
    pattern = new RegExp(`\\b(?:${list.cues.map(literal).join('|')})\\b`, 'i');
    cuePatterns.set(list, pattern);
  }
  return pattern;
}

/** "what's the point of the third one?": "point" as a purpose, not as a numbered point of a list. */
const POINT_AS_PURPOSE = /\b(?:what(?:'s| is)|whats) the point\b|\bpoint of (?:it|this|that|them|doing)\b/gi;

function listItem(question: string, lists: readonly ClauseList[]): Extract<Reference, { kind: 'list-item' }> | undefined {
  const word = (ORDINAL_ITEM.exec(question)?.[1] ?? NUMBERED_ITEM.exec(question)?.[1])?.toLowerCase();
  if (!word) return undefined;
  const index = ORDINALS[word] ?? Number(word);
  const cues = question.replace(POINT_AS_PURPOSE, ' ');
  for (const list of lists) {
    const cued = cuePattern(list).test(cues);
    if (cued && index >= 1 && index <= list.items.length) return { kind: 'list-item', id: `${list.id}.${index}`, list: list.id, index };
  }
  return undefined;
}

// "the three policy requirements", "all six modes": a count, up to two words, then what is counted.
const COUNTED_THINGS = /\b(?:the|all|all the|these|those|its|their)\s+(two|three|four|five|six|[2-6])\s+((?:[\w-]+\s+){0,2}[\w-]+)/gi;

/** The list a question names whole by its number of items and a cue word ("the three policy requirements in section 3"). */
function wholeList(question: string, lists: readonly ClauseList[]): ClauseList | undefined {
  // "which of the three ways applies to me?" asks for one of them.
  if (/\b(?:which|one of)\b/i.test(question)) return undefined;
  // The global pattern is read with exec from the start (matchAll would copy it on every question).
  COUNTED_THINGS.lastIndex = 0;
  for (let match = COUNTED_THINGS.exec(question); match !== null; match = COUNTED_THINGS.exec(question)) {
    const count = ORDINALS[match[1]!.toLowerCase()] ?? Number(match[1]);
    const counted = match[2]!;
    const found = lists.find((l) => l.items.length === count && cuePattern(l).test(counted));
    if (found) return found;
  }
  return lists.find((l) => namedWholePattern(l).test(question));
}

const namedWholePatterns = new WeakMap<ClauseList, RegExp>();

/** A word of the knowledge matched as itself, not as a pattern. */
function literal(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "what are the points of treatment?", "list the treatment items", "what does the treatment of off-post teachers include?":
 * a request for the items of the list its first cue word names, without counting them.
 */
function namedWholePattern(list: ClauseList): RegExp {
  let pattern = namedWholePatterns.get(list);
  if (!pattern) {
    const head = literal(list.cues[0]!);
    const asking = String.raw`^(?:(?:so|and|ok|okay),?\s+)?(?:(?:can|could) you\s+|please\s+)?(?:what|list|name|give me|tell me|show me)\b`;
    const naming =
      String.raw`(?:points|items|aspects) of (?:the )?${head}\b|\b${head} (?:points|items|list)\b` +
      String.raw`|\bthe ${head} (?:of|for)\b.*\bincludes?\b`;
    // "what are the ways teachers can take part?", "what ways does the guidance give?": the items named in the plural, of a
    // list within one section ("what problems does the paper see with training bases?" asks of one subsection's).
    const withinSection = list.items.flat().every((id) => id.split('-')[0] === list.section);
    const plural =
      withinSection && list.cues.includes(`${list.cues[0]}s`)
        ? String.raw`|^(?:(?:so|and),?\s+)?what (?:are |were )?(?:the )?(?:main |different |possible )?${head}s\b(?! (?:is|was)\b)`
        : '';
    pattern = new RegExp(`${asking}.*(?:${naming})${plural}`, 'i');
    namedWholePatterns.set(list, pattern);
  }
  return pattern;
}

// "the second?", "third?", "and the last one?", "tell me more about the third one": a fragment naming only an item's place.
const PLACES = [...ORDINAL_WORDS, 'last', 'final'];
const ITEM_NOUNS = ['one', 'point', 'item', 'mode', 'model', 'part', 'requirement', 'problem', 'way'];
const MORE_ABOUT = String.raw`(?:tell me|say|explain)(?: a bit| some)? more about|more on|explain|describe`;
const ASKING_MORE = String.raw`(?:(?:can|could) you |please )?(?:${MORE_ABOUT})`;
/** "what was the third one again?", "remind me of the second": asking an item back by its place. */
const ASKING_BACK = String.raw`(?:(?:and|so|ok|okay)\s*,?\s+)?(?:what(?:'s| is| was)|which (?:is|was)|remind me(?: of| what)?)`;
/** "…the first one a bit more pls": how much more, and a please, after the place. */
const MORE_AFTER =
  String.raw`(?:\s+(?:(?:a bit|a little|some)\s+)?more)?(?:\s+in (?:more )?detail)?` +
  String.raw`(?:\s*,?\s*(?:pls|please|plz|thanks|thx))?`;
const PLACE_ONLY = new RegExp(
  String.raw`^(?:(?:and|so|ok|okay|what about|how about|and what about|${ASKING_MORE}|${ASKING_BACK})\s*,?\s+)?(?:the\s+)?` +
    String.raw`(${PLACES.join('|')})(?:\s+${anyOf(ITEM_NOUNS)})?(?:\s+again)?${MORE_AFTER}\s*[?.!]*$`,
  'i',
);

/** "the third one — what's the point of it?": a place, then a question about the item it names. */
const PLACE_THEN_ASKED = /^([^—–:;,?]+)\s*(?:[—–:;,]+|\?)\s*(.+)$/;
const POINTED_ITEM = /\b(?:it|its|that|this)\b/i;

/** True when a fragment names only an item's place ("explain the first one a bit more"), so it asks of a list before it. */
export function namesItemPlace(fragment: string): boolean {
  return placeNamed(fragment.trim()) !== undefined;
}

/** The place a fragment names ("the second?"), alone or followed by a question about that item ("…one, how does it work?"). */
function placeNamed(fragment: string): string | undefined {
  const only = PLACE_ONLY.exec(fragment)?.[1];
  if (only !== undefined) return only.toLowerCase();
  const [, head, asked] = PLACE_THEN_ASKED.exec(fragment) ?? [];
  if (head === undefined || asked === undefined || !POINTED_ITEM.test(asked)) return undefined;
  return PLACE_ONLY.exec(head.trim())?.[1]?.toLowerCase();
}

/**
 * The list a question named or took an item of ("what's the first point of treatment…?"), else the list of the section it
 * named ("what problems does section 2 list?"), else the list its words name first ("what are the treatment points…?").
 */
function previousList(previous: string, lists: readonly ClauseList[]): ClauseList | undefined {
  // Only the sections that hold a list matter here.
  const before = findReference(previous, new Map(lists.map((l) => [l.section, l.section])), lists);
  if (before?.kind === 'list-item') return lists.find((l) => l.id === before.list);
  if (before?.kind === 'list') return lists.find((l) => l.id === before.id);
  if (before?.kind === 'section') return lists.find((l) => l.section === before.id);
  // "how many cooperation modes does the paper list?": the list named first, not the one "list" could be a cue of.
  const named = lists.map((list) => ({ list, at: previous.search(cuePattern(list)) })).filter((n) => n.at >= 0);
  return named.sort((a, b) => a.at - b.at)[0]?.list;
}

/**
 * The item a fragment naming only a place ("the second?", "and the last one?") picks from the list the previous question
 * named or took an item of ("what's the first point of treatment…?"), or undefined.
 */
export function itemOfPreviousList(
  fragment: string,
  previous: string,
  lists: readonly ClauseList[],
): Extract<Reference, { kind: 'list-item' }> | undefined {
  const place = placeNamed(fragment.trim());
  if (place === undefined) return undefined;
  const list = previousList(previous, lists);
  if (list === undefined) return undefined;
  const index = place === 'last' || place === 'final' ? list.items.length : (ORDINALS[place] ?? 0);
  if (index < 1 || index > list.items.length) return undefined;
  return { kind: 'list-item', id: `${list.id}.${index}`, list: list.id, index };
}
