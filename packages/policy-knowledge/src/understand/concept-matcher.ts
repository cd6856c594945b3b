import { FIELD_CONCEPTS, fieldRelation, isBusinessNoun, UNRELATED_BUSINESS } from './field-match.js';
import { stem } from '../classify/stem.js';
import { RecentReadings } from '../classify/recent-readings.js';
import { readStems, readTokens, readWordIds, tokenize } from '../classify/tokenize.js';
import { WordSlots } from '../classify/word-table.js';
import type { Audience } from '../schema/topic.js';
import type { ConceptsFile } from '../schema/fact.js';
import { ChineseConceptFinder } from './chinese-concepts.js';
import { hasHan } from './chinese-language.js';
import { runsOwnCompanyOnTheSide } from './own-start-up.js';

/** Words that name the enterprise only when an enterprise contact speaks ("what can the college expect from us?"). */
const ENTERPRISE_PRONOUNS = new Set(['we', 'us', 'our', 'ours']);
/** Words that deny the situation named right after them. */
const NEGATIONS = new Set([
  'not',
  'without',
  'never',
  'no',
  "don't",
  "doesn't",
  "won't",
  "isn't",
  "aren't",
  "didn't",
  "can't",
  'cannot',
  "hasn't",
  "haven't",
  "hadn't",
  "wasn't",
  "weren't",
  'instead',
]);
/** Words after which "instead" asks the act it stands before: "could he instead leave his post?". */
const ASKERS_OF_INSTEAD: ReadonlySet<string> = new Set([
  'could',
  'would',
  'can',
  'should',
  'might',
  'may',
  'i',
  'he',
  'she',
  'we',
  'they',
  'you',
]);
/** Words opening a phrase that is itself a denial: "…a hospital instead — nothing to do with software" denies nothing. */
const NEGATIVE_OPENERS: ReadonlySet<string> = new Set(['nothing', 'not', 'no', 'never', 'unrelated']);
/** Words opening the subject of a question asked the negative way round: "won't my teaching suffer?" denies nothing. */
const INVERTED_SUBJECTS: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their']);
/** Verbs of wishing a negation may stand before: "I don't want to lose my job". */
const WISHES: ReadonlySet<string> = new Set(['want', 'wish', 'mean', 'intend', 'plan']);
/** Verbs of expecting a negation may stand before: "I don't think I'm going back". */
const BELIEFS: ReadonlySet<string> = new Set(['think', 'expect', 'see', 'believe']);
/** The asker about to do something: "I'm", "I'll". */
const SELF_DOING: ReadonlySet<string> = new Set(["i'm", 'im', "i'll", 'ill', "we're", "we'll"]);
/** Whom a negation may name before what it denies: "without anyone getting in trouble". */
const ANYONE = new Set(['anyone', 'anybody', 'us', 'me', 'him', 'her', 'them']);
/** How many words past a denied phrase a second mention of its concept stays denied ("without stealing a slot from…"). */
const DENIAL_CARRY = 4;
/** Longest phrase, in words, a concept may have. */
const MAX_PHRASE_WORDS = 8;

interface Phrase {
  concept: string;
  /** The concept's kind ("situation", "modifier", …). */
  kind: string;
  stems: string[];
  pronoun: boolean;
}

/** The phrases starting with one stem: those of one word, and the longer ones by their second stem, longest first. */
interface PhrasesFrom {
  single: Phrase[];
  bySecond: Map<string, Phrase[]>;
}

/**
 * True when "instead" before a phrase asks it rather than denies it: "could he instead leave his post?", or "…instead —
 * nothing to do with software", a phrase that is itself a denial.
 */
function asksInstead(tokens: readonly string[], at: number): boolean {
  return NEGATIVE_OPENERS.has(tokens[at] ?? '') || ASKERS_OF_INSTEAD.has(tokens[at - 2] ?? '');
}

/** Words after "like" that open a comparison: "like it does when you leave", "like the rule for people who leave". */
const COMPARISON_OPENERS: ReadonlySet<string> = new Set(['it', 'the', 'for', 'when', 'with', 'those', 'people', 'someone', 'they']);
/** How many words before a situation the "like" of a comparison may stand. */
const COMPARISON_REACH = 6;

/**
 * True when a situation is only what a question compares with: "does it have to be a tech company for part-time work,
 * like it does when you leave your post?" asks of part-time work, not of leaving.
 */
function comparedWith(tokens: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - COMPARISON_REACH); j--)
    if (tokens[j] === 'like' && COMPARISON_OPENERS.has(tokens[j + 1] ?? '')) return true;
  return false;
}

/** Words that set what follows against the claim ("rather than any business"). */
const CONTRASTS: ReadonlySet<string> = new Set(['rather than', 'instead of', 'not just']);

/**
 * True when the words before a phrase set it against the claim: "rather than any business", "instead of doing
 * part-time" (a verb between them and the phrase counts too).
 */
function setAgainst(tokens: readonly string[], at: number): boolean {
  const contrastEndingAt = (end: number) => CONTRASTS.has(`${tokens[end - 2] ?? ''} ${tokens[end - 1] ?? ''}`);
  return contrastEndingAt(at) || (/^\w+ing$/.test(tokens[at - 1] ?? '') && contrastEndingAt(at - 1)) || otherChoice(tokens, at);
}

/**
 * "…or is it shady?", "…, or is that predatory?", "…a tech company or could it be anything?": the other choice a question
 * offers, not the claim it asks about.
 */
const OTHER_CHOICES: ReadonlySet<string> = new Set([
  'or is it',
  'or is that',
  'or is this',
  'or am i',
  'or are we',
  'or would that be',
  'or could it be',
  'or can it be',
  'or could it',
  'or can it',
  // "…will they let me go, or can they block it?": the other choice of what a party does.
  'or can they',
  'or could they',
  'or will they',
  'or would they',
]);

/** True when the words before a phrase (one word aside: "or is it just shady") offer it as the other choice. */
function otherChoice(tokens: readonly string[], at: number): boolean {
  const words = (from: number, to: number) => tokens.slice(Math.max(from, 0), to).join(' ');
  return [at, at - 1].some((end) => OTHER_CHOICES.has(words(end - 3, end)) || OTHER_CHOICES.has(words(end - 4, end)));
}

/** Words after which a period's "end" is a point in time ("before that period ends"), not a loss. */
const TIME_BOUNDARIES: ReadonlySet<string> = new Set(['before', 'until', 'till', 'when', 'once', 'after']);
/** How many words back a time boundary may stand from the "end" it makes a point in time ("before my leave period ends"). */
const TIME_BOUNDARY_REACH = 4;

/** Words before "year" that name a year of the calendar ("this year", "every year"), not a length of time. */
const CALENDAR_YEARS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'every', 'each', 'per', 'school', 'academic', 'fiscal']);

/**
 * True when a one-word phrase names a point in time, not what it usually names: "end" (ends, ended) after a time
 * boundary ("can I come back before the leave ends?") or "year" of the calendar ("my startup did well this year").
 */
function marksATime(hit: Phrase, tokens: readonly string[], at: number): boolean {
  if (hit.stems.length !== 1) return false;
  if (hit.stems[0] === YEAR_STEM) return CALENDAR_YEARS.has(tokens[at - 1] ?? '');
  if (hit.stems[0] !== END_STEM) return false;
  return tokens.slice(Math.max(at - TIME_BOUNDARY_REACH, 0), at).some((t) => TIME_BOUNDARIES.has(t));
}
const END_STEM = stem('end');

const DETAIL = 'detail';
const EXAMPLE = 'example';
/** Words by which someone reports what they said or think: "my dean says…", "our dean keeps saying…". */
const REPORTING = new Set(['says', 'said', 'told', 'tells', 'keeps', 'thinks', 'thought', 'mentioned', 'claims', 'insists', 'wants']);
/**
 * True when a detail the guidance never gives names someone who only tells the case ("my dean says I need to sign an
 * agreement…"): the question is about what they said, not about the dean.
 */
function speaksOfTheCase(hit: Phrase, tokens: readonly string[], at: number): boolean {
  return hit.concept === DETAIL && REPORTING.has(tokens[at + hit.stems.length] ?? '');
}

/** Verbs of opening or running a business of one's own: "open a bubble tea shop on the side". */
const OPENING: ReadonlySet<string> = new Set(['open', 'opening', 'run', 'running', 'start', 'starting', 'launch', 'launching']);
/** How many words before "on the side" an opening verb may stand ("run a little noodle bar on the side"). */
const OPENING_REACH = 6;

/** True when part-time's "on the side" closes the opening of a business of one's own ("run a cafe on the side"). */
function opensBusinessOnTheSide(hit: Phrase, tokens: readonly string[], at: number): boolean {
  if (hit.concept !== PART_TIME || tokens.slice(at, at + 3).join(' ') !== 'on the side') return false;
  return tokens.slice(Math.max(0, at - OPENING_REACH), at).some((t) => OPENING.has(t));
}

/** Words after "in" by which "case" links a question to what was said: "in that case", "in any case", "just in case". */
const CASE_LINKS: ReadonlySet<string> = new Set(['that', 'this', 'which', 'any', 'either', 'such', 'whose']);

/** True when "case" only links the question to what came before ("who signs what in that case?"), naming no example. */
function linksByCase(hit: Phrase, tokens: readonly string[], at: number): boolean {
  if (hit.concept !== EXAMPLE || hit.stems.length !== 1 || tokens[at] !== 'case' || tokens[at + 1] === 'study') return false;
  return tokens[at - 1] === 'in' || (CASE_LINKS.has(tokens[at - 1] ?? '') && tokens[at - 2] === 'in');
}

const DIGITS = /^\d+$/;
/**
 * True when a phrase opens with the digits after a decimal point: the "5 years" of "1.5 years" (read as the tokens "1",
 * "5", "years") names no length of five years.
 */
function continuesANumber(tokens: readonly string[], at: number): boolean {
  return DIGITS.test(tokens[at] ?? '') && DIGITS.test(tokens[at - 1] ?? '');
}

/**
 * True when a phrase of a subject the guidance does not cover names what a business does: "an accounting and tax
 * services company", "a tax consultancy" is a field, not a question about tax ("what taxes do companies pay?" is).
 */
function namesABusiness(hit: Phrase, tokens: readonly string[], at: number): boolean {
  if (hit.concept !== OUTSIDE_SUBJECT) return false;
  const [next = '', then = ''] = tokens.slice(at + hit.stems.length);
  return isBusinessNoun(next) || (next === 'services' && isBusinessNoun(then));
}
const OUTSIDE_SUBJECT = 'outside-subject';

/** Words after a subject's name that make it a field of teaching: "a statistics lecturer", "the statistics department". */
const FIELD_HOLDERS: ReadonlySet<string> = new Set(
  'lecturer lecturers teacher teachers professor professors instructor instructors major majors course courses department degree'.split(
    ' ',
  ),
);
const STATISTICS_STEM = stem('statistics');

/** True when "statistics" names a field taught, not figures asked for: "can a statistics lecturer work for us?". */
function namesAFieldTaught(hit: Phrase, tokens: readonly string[], at: number): boolean {
  if (hit.stems.length !== 1 || hit.stems[0] !== STATISTICS_STEM) return false;
  return FIELD_HOLDERS.has(tokens[at + 1] ?? '') || /^teach(?:es|ing)?$/.test(tokens[at - 1] ?? '');
}

/** Words opening what a change is done to: "going to change our investment" asks an effect, not a future rule. */
const CHANGED_OBJECTS: ReadonlySet<string> = new Set(['our', 'my', 'his', 'her', 'their', 'its', 'your', 'the', 'anything', 'much']);
const CHANGE_STEM = stem('change');

/** True when a "not covered" phrase of a coming change has an object: "is taking part going to change our income?". */
function changesSomething(hit: Phrase, tokens: readonly string[], at: number): boolean {
  if (hit.concept !== OUTSIDE_SUBJECT || hit.stems[hit.stems.length - 1] !== CHANGE_STEM) return false;
  return CHANGED_OBJECTS.has(tokens[at + hit.stems.length] ?? '');
}

/** What a technology business makes: "an AI ordering app for tea shops" is software, not a shop. */
const TECH_PRODUCTS: ReadonlySet<string> = new Set(
  'app apps software platform platforms system systems website websites tool tools ai saas robot robots chatbot sensors'.split(' '),
);
/** How many words before "for" a technology product may stand ("an AI ordering app for…"). */
const PRODUCT_REACH = 3;

/** True when an ordinary business is only the customer a technology product serves: "an AI ordering app for tea shops". */
function servedByTechnology(hit: Phrase, tokens: readonly string[], at: number): boolean {
  if (hit.concept !== UNRELATED_BUSINESS) return false;
  const forAt = tokens.lastIndexOf('for', at - 1);
  if (forAt < 0 || at - forAt > PRODUCT_REACH) return false;
  return tokens.slice(Math.max(forAt - PRODUCT_REACH, 0), forAt).some((t) => TECH_PRODUCTS.has(t));
}

const STAYING_ON = 'stay-on';
/** Words after "leave" naming a business left, not the post: "leave it", "leave the company". */
const LEFT_BUSINESS_DETERMINERS: ReadonlySet<string> = new Set(['the', 'their', 'his', 'her', 'my', 'our', 'that', 'this']);

/** True when a bare "leave" leaves a business ("once it's running, do I have to leave it?"), not the post. */
function leavesABusiness(hit: Phrase, tokens: readonly string[], at: number): boolean {
  if (hit.concept !== LEAVING_THE_POST || hit.stems.length !== 1 || tokens[at] !== 'leave') return false;
  const [next = '', then = ''] = tokens.slice(at + 1);
  return next === 'it' || (LEFT_BUSINESS_DETERMINERS.has(next) && isBusinessNoun(then));
}

/**
 * True when "cover" says what a document holds, not whom the guidance applies to: "does the agreement cover
 * confidentiality?", "what's it supposed to cover?" (but "who is it meant to cover?", "does it cover me?").
 */
function coversContents(hit: Phrase, tokens: readonly string[], at: number): boolean {
  if (hit.concept !== SCOPE || hit.stems.length !== 1 || hit.stems[0] !== COVER_STEM) return false;
  const before = tokens.slice(Math.max(at - COVER_SUBJECT_REACH, 0), at);
  if (before.some((t) => DOCUMENTS.has(t))) return true;
  return tokens[0] !== 'who' && at === tokens.length - 1 && before.some((t) => t === 'it' || t === 'that');
}

/**
 * True when "cover" is what a party does for someone, paying: "the school covers it", "does the company cover his
 * insurance?" (but "is our company covered?", "are firms covered by it?" ask whom the guidance applies to).
 */
function coversAsPayer(hit: Phrase, tokens: readonly string[], at: number): boolean {
  if (hit.concept !== SCOPE || hit.stems.length !== 1 || hit.stems[0] !== COVER_STEM) return false;
  const party = ADVERBS.has(tokens[at - 1] ?? '') ? at - 2 : at - 1;
  if (!PAYERS.has(tokens[party] ?? '') || tokens[at + 1] === 'by') return false;
  return !tokens.slice(Math.max(party - 2, 0), party).some((t) => BEING.has(t));
}
const PAYERS: ReadonlySet<string> = new Set([
  'school',
  'college',
  'university',
  'company',
  'firm',
  'enterprise',
  'startup',
  'employer',
  'we',
]);
const ADVERBS: ReadonlySet<string> = new Set(['still', 'also', 'then', 'just', 'really']);
const BEING: ReadonlySet<string> = new Set(['is', 'are', 'am', 'be', 'being', 'get', 'gets']);
const SCOPE = 'scope';
const COVER_STEM = stem('cover');
/** How many words before "cover" may name the document that covers something. */
const COVER_SUBJECT_REACH = 4;
const DOCUMENTS: ReadonlySet<string> = new Set(['agreement', 'agreements', 'contract', 'contracts', 'document', 'paperwork']);

/** True when "at least" asks for no limit: "does it at least have to match?", "do I still get assessed at least?". */
function hedges(hit: Phrase, tokens: readonly string[], at: number): boolean {
  if (hit.stems.length !== AT_LEAST.length || hit.stems.some((s, k) => s !== AT_LEAST[k])) return false;
  const next = tokens[at + AT_LEAST.length];
  return next === undefined || !QUANTITY.test(next);
}
const AT_LEAST = ['at', 'least'].map(stem);
/** A word that opens an amount ("at least 2 years", "at least a year", "at least how many"). */
const QUANTITY = /^(?:\d.*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|once|twice|how|some|several|\w+teen|\w+ty)$/;

/** True when "all" only stresses a question ("does the guidance cover me at all?"), not asks about all of something. */
function intensifies(hit: Phrase, tokens: readonly string[], at: number): boolean {
  return hit.stems.length === 1 && hit.stems[0] === ALL_STEM && tokens[at - 1] === 'at';
}
const ALL_STEM = stem('all');

/** True when a one-word phrase is "rule" (rules): right after an aspect's phrase, it names that aspect's rule. */
function namesARule(hit: Phrase): boolean {
  return hit.stems.length === 1 && hit.stems[0] === RULE_STEM;
}
const RULE_STEM = stem('rule');
const YEAR_STEM = stem('year');

/** The way of taking part whose condition is a technology enterprise, whatever the field. */
const LEAVING_THE_POST = 'leave';

/** The concepts found, without the one of an unrelated business. */
function withoutUnrelated(found: readonly ConceptMatch[]): ConceptMatch[] {
  return found.filter((m) => m.concept !== UNRELATED_BUSINESS);
}

const PART_TIME = 'part-time';
const IN_POST = 'in-post';
const START_BUSINESS = 'start-business';

/** Verbs of starting a business of one's own: "start a robot-parts trading company". */
const STARTING: ReadonlySet<string> = new Set([
  'start',
  'starting',
  'starts',
  'found',
  'founding',
  'open',
  'opening',
  'launch',
  'launching',
]);
/** Words a started business opens with: "start a…", "open his own…". */
const STARTED_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'my', 'his', 'her', 'our', 'their', 'own']);
/** How many words a started business may have before its noun ("start a small robot-parts trading company"). */
const STARTED_REACH = 4;

/** The words starting a business of one's own ("start a robot-parts trading company"), unless denied just before. */
function startedBusiness(tokens: readonly string[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!STARTING.has(tokens[i]!) || !STARTED_OPENERS.has(tokens[i + 1] ?? '')) continue;
    if (NEGATIONS.has(tokens[i - 1] ?? '') || (tokens[i - 1] === 'to' && NEGATIONS.has(tokens[i - 3] ?? ''))) continue;
    const end = Math.min(tokens.length, i + 2 + STARTED_REACH);
    for (let j = i + 2; j < end; j++) if (isBusinessNoun(tokens[j]!)) return tokens.slice(i, j + 1).join(' ');
  }
  return undefined;
}

/** The concepts found, with "on the side" read as a start-up in post when it is one's own company run so. */
function withOwnCompanyInPost(text: string, { found, seen }: Scan): ConceptMatch[] {
  // "I teach full-time and run a small software company on the side": one's own company beside the post is no part-time job.
  if (!seen.has(PART_TIME) || seen.has(IN_POST) || !runsOwnCompanyOnTheSide(text)) return [...found];
  return found.map((m) => (m.concept === PART_TIME && m.matched === 'on the side' ? { concept: IN_POST, matched: m.matched } : m));
}

/** A concept found in a question, with the words that named it. */
export interface ConceptMatch {
  concept: string;
  matched: string;
}

/** What the English phrases of a text give: the concepts it names (and the set of them), and those it names only to deny. */
interface Scan {
  found: ConceptMatch[];
  seen: Set<string>;
  denied: Set<string>;
}

/** A text read for one audience: its scan, and (once asked) every concept it names. */
interface Reading {
  scan: Scan;
  found?: readonly ConceptMatch[];
}

/** Finds the concepts a question names, on word stems, longest phrase first, without overlaps. */
export class ConceptMatcher {
  private readonly byFirstStem = new Map<string, PhrasesFrom>();
  /** The phrases starting with each word (null for none), by word id. */
  private readonly byFirstWord = new WordSlots<PhrasesFrom | null>();
  readonly kinds: ReadonlyMap<string, string>;
  private readonly chinese: ChineseConceptFinder | undefined;
  /** A question is read for its concepts by several readers in turn. */
  private readonly recent = new RecentReadings<Reading>(8);

  /** Compiles every phrase of the concepts file, and the concepts' Chinese phrases when the knowledge has them. */
  constructor(file: ConceptsFile, chinesePhrases?: Readonly<Record<string, readonly string[]>>) {
    const kinds = new Map<string, string>();
    const byFirst = new Map<string, Phrase[]>();
    for (const [concept, { kind, phrases }] of Object.entries(file.concepts)) {
      kinds.set(concept, kind);
      for (const phrase of phrases) {
        // With Chinese phrases of their own (zh/concepts.yaml), Chinese questions are read by those alone.
        if (chinesePhrases && hasHan(phrase)) continue;
        const stems = phraseStems(phrase);
        if (stems.length === 0 || stems.length > MAX_PHRASE_WORDS) continue;
        const pronoun = stems.length === 1 && ENTERPRISE_PRONOUNS.has(phrase.trim().toLowerCase());
        const entry = { concept, kind, stems, pronoun };
        const list = byFirst.get(stems[0]!) ?? [];
        list.push(entry);
        byFirst.set(stems[0]!, list);
      }
    }
    for (const [first, list] of byFirst) this.byFirstStem.set(first, phrasesFrom(list));
    this.kinds = kinds;
    this.chinese = chinesePhrases ? new ChineseConceptFinder(chinesePhrases, kinds) : undefined;
  }

  /** The phrases starting with a word, given with its id and stem. */
  private phrasesFrom(id: number, stem: string): PhrasesFrom | null {
    const known = this.byFirstWord.get(id);
    return known === undefined ? this.byFirstWord.set(id, this.byFirstStem.get(stem) ?? null) : known;
  }

  /** The longest phrase starting at a word (of the given ids and stems), reaching past `beyond` when given. */
  private phraseAt(ids: Int32Array, stems: readonly string[], i: number, beyond = i): Phrase | undefined {
    const phrases = this.phrasesFrom(ids[i]!, stems[i]!);
    if (phrases === null) return undefined;
    const longer = i + 1 < stems.length ? phrases.bySecond.get(stems[i + 1]!) : undefined;
    if (longer) for (const p of longer) if (i + p.stems.length > beyond && matchesAt(stems, i, p.stems)) return p;
    return i + 1 > beyond ? phrases.single[0] : undefined;
  }

  /** Every concept the text names, in order of first mention. */
  find(text: string, audience?: Audience): ConceptMatch[] {
    const reading = this.readingOf(text, audience);
    reading.found ??= this.concepts(text, audience, reading.scan);
    return [...reading.found];
  }

  /** The situations and modifiers the text names only to deny them ("doesn't count against the quota"). */
  denied(text: string, audience?: Audience): Set<string> {
    return new Set(this.readingOf(text, audience).scan.denied);
  }

  /** The text read for the audience, remembered among the last few. */
  private readingOf(text: string, audience: Audience | undefined): Reading {
    return this.recent.get(text, audience) ?? this.recent.remember(text, { scan: this.scan(text, audience) }, audience);
  }

  /** Every concept the text names: its English phrases, the relation of the fields it names and its Chinese phrases. */
  private concepts(text: string, audience: Audience | undefined, scan: Scan): ConceptMatch[] {
    const { seen } = scan;
    const found = withOwnCompanyInPost(text, scan);
    // "he wants to start a robot-parts trading company": starting a business named in words no phrase lists.
    const started = seen.has(START_BUSINESS) || scan.denied.has(START_BUSINESS) ? undefined : startedBusiness(readTokens(text));
    if (started !== undefined && this.kinds.has(START_BUSINESS)) found.push({ concept: START_BUSINESS, matched: started });
    // "I teach nursing. can I work part-time at a car dealership?": fields far apart (or close), named without a phrase for it.
    const fields = fieldRelation(text);
    const fieldConcept = fields === undefined ? undefined : FIELD_CONCEPTS[fields];
    if (fieldConcept !== undefined && this.kinds.has(fieldConcept) && !seen.has(fieldConcept))
      found.push({ concept: fieldConcept, matched: '' });
    // "I teach accounting: could it be bookkeeping software for small shops?": fields shared outweigh a shop it serves.
    // Leaving the post asks for a technology enterprise, not a field: "I teach tourism… leave to open a boutique hotel" stays
    // an ordinary business.
    if (fields === 'same' && !seen.has(LEAVING_THE_POST)) return withoutUnrelated(found);
    if (!this.chinese || !hasHan(text)) return found;
    // A mixed question ("离岗 shebao 怎么办") is read for both languages' phrases.
    return [...found, ...this.chinese.find(text, audience).filter((m) => !seen.has(m.concept))];
  }

  /** The English phrases of a text: the concepts it names, and those it names only to deny. */
  private scan(text: string, audience: Audience | undefined): Scan {
    const tokens = readTokens(text);
    const stems = readStems(text);
    const ids = readWordIds(text);
    const found: ConceptMatch[] = [];
    const seen = new Set<string>();
    const deniedConcepts = new Set<string>();
    // Where a denial reaches, by concept: the words a later mention of it may start at and stay denied (not one overlapping it:
    // "(not counting against the quota)" names the rule by "against the quota").
    const deniedReach = new Map<string, { from: number; to: number }>();
    // Where the last phrase of an aspect ended: "the injury insurance rule" names that aspect's rule, not a condition.
    let aspectEnd = -1;
    const record = (phrase: Phrase, i: number) => {
      // "run a cafe on the side": a business of one's own beside the post, not part-time work for another's.
      // "once it's running, do I have to leave it?": leaving a business is whether to stay on in it, not leaving the post.
      const hit = opensBusinessOnTheSide(phrase, tokens, i)
        ? { ...phrase, concept: IN_POST, kind: 'situation' }
        : leavesABusiness(phrase, tokens, i)
          ? { ...phrase, concept: STAYING_ON, kind: 'aspect' }
          : phrase;
      if (
        marksATime(hit, tokens, i) ||
        continuesANumber(tokens, i) ||
        speaksOfTheCase(hit, tokens, i) ||
        linksByCase(hit, tokens, i) ||
        hedges(hit, tokens, i) ||
        intensifies(hit, tokens, i) ||
        (i === aspectEnd && namesARule(hit)) ||
        namesABusiness(hit, tokens, i) ||
        changesSomething(hit, tokens, i) ||
        namesAFieldTaught(hit, tokens, i) ||
        coversContents(hit, tokens, i) ||
        coversAsPayer(hit, tokens, i) ||
        servedByTechnology(hit, tokens, i)
      )
        return;
      if (hit.kind === 'aspect') aspectEnd = i + hit.stems.length;
      // "not leaving my post", "I don't take up a slot": a situation or modifier named only to be denied is not asked.
      const kind = hit.kind;
      // "…innovation startups rather than any business": what a question sets against its claim is not asked either.
      // "I don't want to quit teaching, but…": what one does not wish is not asked, whatever it names but a party.
      // ("I don't think I'm going back": what one does not expect to do is not asked either.)
      const unwished =
        kind !== 'party' &&
        NEGATIONS.has(tokens[i - 3] ?? '') &&
        ((WISHES.has(tokens[i - 2] ?? '') && tokens[i - 1] === 'to') ||
          (BELIEFS.has(tokens[i - 2] ?? '') && SELF_DOING.has(tokens[i - 1] ?? '')));
      const deniedHere =
        unwished ||
        ((kind === 'situation' || kind === 'modifier') &&
          ((NEGATIONS.has(tokens[i - 1] ?? '') &&
            !(tokens[i - 1] === 'instead' && asksInstead(tokens, i)) &&
            !INVERTED_SUBJECTS.has(tokens[i] ?? '')) ||
            (NEGATIONS.has(tokens[i - 2] ?? '') && (tokens[i - 1] === 'to' || ANYONE.has(tokens[i - 1] ?? ''))) ||
            setAgainst(tokens, i) ||
            (kind === 'situation' && comparedWith(tokens, i))));
      // "without stealing a slot from my colleagues": the same concept named again right after its denial is denied too.
      const reach = deniedReach.get(hit.concept);
      const denied = deniedHere || (reach !== undefined && i >= reach.from && i <= reach.to);
      if (deniedHere) deniedReach.set(hit.concept, { from: i + hit.stems.length, to: i + hit.stems.length + DENIAL_CARRY });
      if (denied) deniedConcepts.add(hit.concept);
      if (!denied && !(hit.pronoun && audience !== 'enterprise') && !seen.has(hit.concept)) {
        seen.add(hit.concept);
        const matched = hit.stems.length === 1 ? tokens[i]! : tokens.slice(i, i + hit.stems.length).join(' ');
        found.push({ concept: hit.concept, matched });
      }
    };
    let i = 0;
    while (i < stems.length) {
      const hit = this.phraseAt(ids, stems, i);
      if (!hit) {
        i++;
        continue;
      }
      record(hit, i);
      // "what if my post is gone?": a phrase starting inside one and reaching past it ("post is gone") is named too.
      let end = i + hit.stems.length;
      for (let j = i + 1; j < end; j++) {
        const over = this.phraseAt(ids, stems, j, end);
        if (!over) continue;
        record(over, j);
        end = j + over.stems.length;
      }
      i = end;
    }
    return { found, seen, denied: deniedConcepts };
  }
}

/** The phrases of one first stem indexed by their second, each list longest first (equally long ones in the order given). */
function phrasesFrom(list: readonly Phrase[]): PhrasesFrom {
  const from: PhrasesFrom = { single: [], bySecond: new Map() };
  for (const phrase of [...list].sort((a, b) => b.stems.length - a.stems.length)) {
    const second = phrase.stems[1];
    if (second === undefined) from.single.push(phrase);
    else from.bySecond.set(second, [...(from.bySecond.get(second) ?? []), phrase]);
  }
  return from;
}

function phraseStems(phrase: string): string[] {
  return tokenize(phrase).map(stem);
}

function matchesAt(stems: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > stems.length) return false;
  for (let j = 0; j < phrase.length; j++) if (stems[at + j] !== phrase[j]) return false;
  return true;
}
