import { stem } from '../classify/stem.js';
import { anyOf } from './word-pattern.js';

/** Most questions answered from one message. */
export const MAX_PARTS = 3;
/** A part shorter than this many words is glued back to its neighbour. */
const MIN_PART_WORDS = 3;

// How a question opens: "for how long", "in which", "whether", an auxiliary, a question word, "and how", "also, can".
const ASKING_PHRASES = [
  'for how long',
  'for how many',
  '(?:at|in|from|on|under|to|for|with|by) (?:what|which|whom)',
  'by when',
  'until when',
  'from when',
  'since when',
  'whether',
];
const AUXILIARIES = ['do', 'does', 'did', 'can', 'could', 'will', 'would', 'is', 'are', 'am', 'should', 'shall', 'must', 'may'];
// "…, and honestly, isn't it cheaper to…": a negated auxiliary opens a question too.
const NEGATED_AUXILIARIES = ["isn't", "aren't", "doesn't", "don't", "can't", "won't", "wouldn't", "shouldn't"];
// ("wich majors…": a question word mistyped as often as this one still opens a question.)
const QUESTION_WORDS = ['who', 'whose', 'what', "what's", 'whats', 'which', 'wich', 'when', 'where', 'why', 'how'];
const AND_QUESTIONS = ['how', 'what', 'who', 'whose', 'why', 'do', 'does', 'can', 'will', 'is', 'are'].map((word) => `and ${word}`);
const ALSO_QUESTION = '(?:also|plus),? (?:do|does|can|will|is|are|what|how|who|which|when)';
const QUESTION_START = anyOf([
  ...ASKING_PHRASES,
  ...AUXILIARIES,
  ...NEGATED_AUXILIARIES,
  ...QUESTION_WORDS,
  ...AND_QUESTIONS,
  ALSO_QUESTION,
]);
// "if I stay in post can it be…", "in the training base model from which grade…": a short lead-in, then the question.
const LEAD_INS = ['if', 'in', 'for', 'when', 'once', 'after', 'as for', 'under', 'with', 'to', 'during'];
const LEAD_IN_AUXILIARIES = ['can', 'could', 'do', 'does', 'is', 'are', 'will', 'would', 'should', 'must', 'may'];
// ("for a teacher who has left their post, do we…": "who" right after a noun, before its verb, opens a relative clause.)
const RELATIVE_WHO = String.raw`(?<![,;:]\s*)(?<=\b[a-z]{3,}\s)(?:who|which)(?=\s+(?:has|have|had|is|are|was|were)\s+\w+)`;
// ("if I go off-post to do a startup": "do" after "to" is the verb done, asking nothing.)
const LEAD_IN_ASKING = String.raw`(?:(?<!\bto\s)${anyOf(LEAD_IN_AUXILIARIES)}\s+[\w-]+|(?!${RELATIVE_WHO})${anyOf(QUESTION_WORDS)})`;
// (A condition may hold one comma: "if i'm rated excellent, does that…".)
const LEAD_IN_QUESTION = String.raw`${anyOf(LEAD_INS)}\b[^,?]{0,60}?(?:,\s*)?\b${LEAD_IN_ASKING}\b`;
// ", and do I keep …" / "; how long …" / " and also …": a new question starts after the connective.
// (", and otherwise how long…", ", and alternatively could I…": a word saying how the questions relate may follow the connective;
// ", and according to the paper does…": so may whose view is asked.)
const WHOSE_VIEW_ASKED = String.raw`according to (?:the|this) (?:paper|guidance)|in the paper's view`;
const RELATING_WORDS = String.raw`otherwise|alternatively|instead|if not|in that case|honestly|frankly|really|realistically`;
const RELATING = String.raw`(?:(?:${RELATING_WORDS}|${WHOSE_VIEW_ASKED}),?\s+)?`;
const CONNECTIVE = String.raw`\s*(?:[,;.!]\s*(?:and\s+|also\s+|plus\s+|but\s+)?${RELATING}|\s+(?:and|also|plus|&)\s+(?:also\s+)?)`;
// "does it cover confidentiality and how the income is split": a question word before "the", "my"… opens a clause
// of the same question (what it covers), not a question of its own ("and how long…", "and who pays…").
const DETERMINERS = ['the', 'a', 'an', 'my', 'his', 'her', 'our', 'their', 'its', 'this', 'that', 'these', 'those', 'your'];
// "…and how income is split": "how" not followed by a word that asks ("how long", "how is…") opens such a clause too.
const HOW_ASKS = [
  ...['long', 'much', 'many', 'often', 'soon', 'far', 'well', 'come', 'about', 'to', 'exactly', 'was', 'were'],
  ...['quickly', 'fast', 'early', 'late', 'big', 'large', 'strict', 'likely', 'important', 'hard', 'easy'],
  ...AUXILIARIES,
];
const CLAUSE_OPENER = String.raw`(?:how|what|why|where|who)\s+${anyOf(DETERMINERS)}\b|how\s+(?!${anyOf(HOW_ASKS)}\b)`;
/** "our founder, who's on leave, wants…": a relative clause between commas asks nothing. */
const DESCRIBING = String.raw`(?:on|off|a|an|from|at|in|with|now|currently|still)`;
const RELATIVE_CLAUSE = String.raw`(?:who|which)(?:'s|'re| is| are| was| were| has been)\s${DESCRIBING}\b[^,?]+,`;
/** "…for a chemical plant, which has nothing to do with my field?": a relative clause saying how something stands asks nothing. */
const HOW_IT_STANDS = ['nothing', 'not', 'no', 'little', 'totally', 'completely', 'entirely', 'unrelated', 'related', 'similar', 'outside'];
const RELATIVE_TAIL = String.raw`which\s+(?:has|have|is|are|does|do)(?:n't)?\s+${anyOf(HOW_IT_STANDS)}\b`;
/** "…for an RFID company, which is exactly my teaching field.": a relative clause closing a statement asks nothing. */
// (", which is also a public institution" running to a full stop or the message's end, unmarked, describes too.)
const DESCRIBING_RELATIVE = String.raw`which\s+(?:is|are|was|were|has|have)\s[^?.!]*(?:[.!]|$)`;
const RELATIVE_STATEMENT = String.raw`which\s[^?]*[.!]\s*$|${DESCRIBING_RELATIVE}`;
const EMBEDDED = String.raw`(?:(?:and|also|plus),?\s+)?(?:${CLAUSE_OPENER}|${RELATIVE_CLAUSE}|${RELATIVE_TAIL}|${RELATIVE_STATEMENT})`;
// "…start any company at all, or does it have to be a tech company?": a second question offered as the other choice.
// ("…, or does the college?", "…, or is it a fake stat?" are the other choice of one question, not a question of their own.)
const OTHER_CHOICE = String.raw`(?:it|that|this)\s+(?:rule\s+)?(?:have to|has to|need|needs|only|apply|applies|also|just)`;
// "…clash, or can teaching, part-time work and entrepreneurship be coordinated?": a long other choice asks on its own.
const LONG_CHOICE = String.raw`${anyOf(AUXILIARIES)}\s+(?:[^\s?]+\s+){4,}[^\s?]+\s*\??\s*$`;
const OR_QUESTION = String.raw`[,;]\s*or\s+(?=${anyOf(AUXILIARIES)}\s+${OTHER_CHOICE}\b|${LONG_CHOICE})`;
// "…in the training programme mode, and in the training base mode?": the same question asked again of another subject
// (the part keeps its "and", which marks it as going on from the part before).
const OF_ANOTHER = anyOf(['for', 'in', 'under', 'with', 'about', 'what about', 'how about']);
const ANOTHER_SUBJECT = String.raw`${OF_ANOTHER}\s+(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+[\w-]+){0,4}`;
/** "and for training bases?", "but in the training base mode?": a part asking the question before it of another subject. */
export const ASKED_OF_ANOTHER = new RegExp(String.raw`^(?:and|but)\s+${OF_ANOTHER}\s`, 'i');
const AND_OF_ANOTHER = String.raw`,\s*(?=and\s+${ANOTHER_SUBJECT}\s*\?\s*$)`;
// "…, and was it a national project?", "…, and has it worked?": a question in the past or perfect tense after a comma.
const PAST_AUXILIARIES = ['was', 'were', 'has', 'have', 'had'];
const PAST_SUBJECTS = ['it', 'that', 'this', 'they', 'he', 'she', 'there', 'the', 'any', 'its', 'their', 'his', 'her'];
const PAST_PARTICIPLES = ['been', 'got', 'gotten', 'improved', 'worked', 'changed', 'solved'];
const PAST_DONE = String.raw`[\w-]+(?:\s+[\w-]+){0,3}\s+(?:${anyOf(PAST_PARTICIPLES)}|[a-z]+ed)`;
const PAST_ASKED = String.raw`${anyOf(PAST_AUXILIARIES)}\s+(?:${anyOf(PAST_SUBJECTS)}|${PAST_DONE})\b`;
const PAST_QUESTION = String.raw`[,;]\s*(?:and\s+)?(?=${PAST_ASKED})`;
// "what share of graduates fail internship requirements and why": a bare "why" closing the message, without a comma.
const AND_WHY = String.raw`\s+and\s+(?=why\s*\??\s*$)`;
// "…, and tell me which one deals with pay?": a request to say something opens the question it asks.
const TELL_ME = String.raw`(?:(?:please\s+)?(?:tell (?:me|us)|explain|say)\s+)`;
// "we run restaurants and would love to have a lecturer…": a wish told, not a question asked.
const WISH = String.raw`would (?:love|like|prefer|rather|really like|really love)\b`;
// "…, and on the whole what does the enterprise get?": a summing-up word before the question stays with it.
const SUMMING_UP = String.raw`(?:on the whole|overall|in general|all in all),?\s+`;
// "someone said it's mixing business with teaching and could get me reported": an auxiliary right before a verb goes on
// with the doer before it, asking nothing.
const BARE_VERBS = ['get', 'be', 'help', 'make', 'lead', 'cause', 'hurt', 'affect', 'mean', 'cost', 'ruin', 'damage', 'harm', 'land'];
const GOES_ON_WITH_VERB = String.raw`${anyOf(AUXILIARIES)}\s+${anyOf(BARE_VERBS)}\b`;
const NEW_QUESTION = String.raw`${CONNECTIVE}${TELL_ME}?(?=${QUESTION_START}\b)(?!${EMBEDDED}|${WISH}|${GOES_ON_WITH_VERB})`;
const JOINT = new RegExp(
  String.raw`${NEW_QUESTION}|[,;]\s*and\s+(?=${LEAD_IN_QUESTION})` +
    String.raw`|[,;]\s*and\s+(?=${SUMMING_UP}${QUESTION_START}\b)` +
    String.raw`|${OR_QUESTION}|${AND_OF_ANOTHER}|${PAST_QUESTION}|${AND_WHY}`,
  'giu',
);
// "does it cover both confidentiality and how income is split": the "and" of "both … and" joins two items of one
// question; it is held out of the joints while splitting.
const BOTH_AND = /(\bboth\b[^,;?]*?)\s+and\s+/giu;
/** The word every "both … and" opens with: a text without it has no "and" to hold. */
const BOTH = /\bboth\b/iu;
const HELD_AND = '\u2060and\u2060';
/** A second question opened after a comma or "and" ("…, and is there a cap…"). */
const SECOND_ASKED = /(?:,|\band)\s+(?:is|are|does|can|could|will|would|should|what|how|why|who|when|where|which)\b/i;
/** A sentence whose last words say that what it lists is done together. */
const ENDS_AT_ONCE = /\b(?:at the same time|simultaneously|all at once|concurrently|in parallel)\s*[?.!]*\s*$/i;
// "can I teach and do part-time work at the same time?": two acts done together are one question.
const AND_AT_ONCE = /(?<![,;])\s+and\s+(?=[^,;?.]*\b(?:at the same time|simultaneously|at once|concurrently|in parallel)\b)/giu;
/** The words every "and" of acts done together is followed by: a text without them has no such "and" to hold. */
const AT_ONCE = /\b(?:at the same time|simultaneously|at once|concurrently|in parallel)\b/iu;
// "I want to keep my teaching job and do part-time consulting": "do" with no doer after it goes on with what one wants to do.
const DOERS = ['i', 'we', 'you', 'he', 'she', 'they', 'it', 'the', 'my', 'our', 'his', 'her', 'their', 'your', 'its', ...['this', 'that']];
const TO_DO_AND = new RegExp(String.raw`(?<=\bto\s+[a-z-]+\b[^,;?.!]*)\s+and\s+(?=do\s+(?!${anyOf(DOERS)}\b))`, 'giu');
/** What every such "and" is part of: a text without it has no "and" to hold (and its look-behind is tried nowhere). */
const AND_DO = /\sand\s+do\s/iu;
// "…how I formally apply (forms, who signs, deadlines), and…": the commas of a bracketed list join no questions.
const BRACKETED = /\([^()]*\)/g;
const HELD_COMMA = '\u2063';

// "Why, according to the paper, don't enterprises…?": an aside after the opening question word says whose view is asked.
const OPENING_QUESTION_WORD = String.raw`\s*(?:and |so )?(?:why|what|how|who|which|when|where)`;
const ACCORDING_TO = String.raw`according to (?:the |this |your )?[\w' -]{2,30}?`;
const WHOSE_VIEW = String.raw`${ACCORDING_TO}|in (?:the paper's|your|its) (?:view|opinion)|in practice|in short`;
const ASIDE_AFTER_QUESTION_WORD = new RegExp(String.raw`^(${OPENING_QUESTION_WORD}),(\s*(?:${WHOSE_VIEW})),`, 'iu');

/** The text with the "and"s that join no questions held out of the joints: "both … and", acts done at once, "to … and do". */
function heldAnds(text: string): string {
  const both = BOTH.test(text) ? text.replace(BOTH_AND, `$1${HELD_AND}`) : text;
  const atOnce = AT_ONCE.test(both) ? both.replace(AND_AT_ONCE, HELD_AND) : both;
  return AND_DO.test(atOnce) ? atOnce.replace(TO_DO_AND, HELD_AND) : atOnce;
}

/** The text with the commas inside its brackets, and around an aside after its question word, held out of the joints. */
function withinBracketsHeld(text: string): string {
  const bracketsHeld = text.includes('(') ? text.replace(BRACKETED, (inside) => inside.replaceAll(',', HELD_COMMA)) : text;
  return bracketsHeld.replace(ASIDE_AFTER_QUESTION_WORD, `$1${HELD_COMMA}$2${HELD_COMMA}`);
}
const LEAD_IN_ASKS = new RegExp(`^${LEAD_IN_QUESTION}`, 'i');

// "Was this guidance issued by…", "Has it worked?": a part opening with a past or perfect auxiliary asks too.
// ("Don't want to get in legal trouble", unmarked: a wish with its subject left out, not a question.)
const LEFT_OUT_SUBJECT = String.raw`(?!(?:don't|dont|do not) (?:want|wanna|need|care|mind|know|think)\b)`;
const ASKS_START = new RegExp(`^${LEFT_OUT_SUBJECT}(?:${QUESTION_START}|${anyOf(PAST_AUXILIARIES)})\\b`, 'i');

// "if I leave, do I keep…", "what happens if he is hurt, does the school…": a sentence opening with a condition is one
// question, whatever its commas.
const CONJUNCTIONS = ['if', 'when', 'whenever', 'since', 'because', 'as', 'after', 'before', 'while', 'once'];
// "For teachers who leave their post, does the school…": whom the question is about, named before it.
const THOSE = ['teachers?', 'lecturers?', 'staff', 'people', 'persons?', 'those', 'anyone', 'someone', 'employees?'];
const FOR_THOSE_WHO = String.raw`for (?:the |a |an |any )?${anyOf(THOSE)} (?:who|that)`;
const SUPPOSITIONS = ['suppose', 'say', 'in case', 'assuming', 'given', 'what happens if', 'what if', FOR_THOSE_WHO];
// "when can I…", "when was it issued" ask when; "when I leave, can I…" opens with a condition.
const ASKS_WHEN = String.raw`(?!(?<=\bwhen)\s+${anyOf([...LEAD_IN_AUXILIARIES, 'was', 'were', 'did'])}\b)`;
const SUBORDINATE = new RegExp(String.raw`^(?:so\s+|and\s+|but\s+)?${anyOf([...CONJUNCTIONS, ...SUPPOSITIONS])}\b${ASKS_WHEN}`, 'i');
// "if I die at work which pension rules apply, and who…": a condition with its own question before the first comma.
const CONDITION_THEN_QUESTION = new RegExp(
  String.raw`^((?:so\s+|and\s+|but\s+)?${anyOf(CONJUNCTIONS)}\b[^,?]*?)\s+(?=${LEAD_IN_ASKING}\b)`,
  'i',
);

// "three things: …", "HR here: …", "quick one: …": a label before the questions, which says nothing they need.
const LABEL = /^\s*(?:[\w'-]+\s+){0,3}[\w'-]+:\s+(?=\S)/;
const NAMES_A_PART = /\b(?:section|clause|part|chapter|model|mode|paragraph|point)\b/i;
/**
 * A label that says what the questions are about ("for leaving my post:", "re the order class:"), not who asks or what
 * for ("for my citation:").
 */
const FRAMING_LABEL = /^\s*(?:for(?!\s+(?:my|our|your|a|the record)\b)|about|re|regarding|concerning|on|as for|as to|in|under|with)\s/i;

const PARTY_WORDS = ['schools?', 'colleges?', 'universit(?:y|ies)', 'enterprises?', 'compan(?:y|ies)', 'firms?', 'employers?', 'us', 'we'];
/** "and for the company?", "what about us?": a fragment naming only a party. */
const ONLY_A_PARTY = new RegExp(
  String.raw`^(?:and|but|so|ok|okay)?\s*(?:what|how)?\s*(?:about|for|from|with)?\s*(?:the|a|an|our|my|their)?\s*` +
    String.raw`${anyOf(PARTY_WORDS)}\s*(?:side|then|too|as well|instead)?\s*\?$`,
  'i',
);

// "What about his regular social insurance, is that on us too?": a subject named alone, then the question asked of it.
const ABOUT_ONLY = /^(?:(?:and|but|so|ok|okay),?\s+)*(?:what|how) about\s+(?:[\w'-]+\s+){0,5}[\w'-]+\s*\??$/i;
// "and injury insurance? is that the school too": a subject named alone after "and", then the question asked of it.
const NOT_A_SUBJECT = '(?:what|who|how|why|when|where|which|can|could|do|does|is|are|will|would|if)';
const AND_SUBJECT_ONLY = new RegExp(
  String.raw`^(?:(?:and|but|so|ok|okay|also),?\s+)+(?!${NOT_A_SUBJECT}\b)(?:[\w'-]+\s+){0,3}[\w'-]+\s*\?$`,
  'i',
);
// ("…, does it say anything specific?" asks of the paper, not of the subject: only "is that…", "would it be…" join.)
// ("…, does the school cover that too?": a question ending on "that" asks it of the subject too.)
const IT_IS = String.raw`(?:is|are|was|were)\s+(?:that|it|this|they|those)|(?:would|will)\s+(?:that|it|this|they|those)\s+be`;
const ENDS_ON_IT = String.raw`\b(?:that|it|this|those)(?:\s+(?:too|as well|also|then))?\s*\??$`;
const DOES_IT_TOO = String.raw`(?:does|do|did|will|would|can|could|should|must)\b[^?]*${ENDS_ON_IT}`;
// ("…, does that just freeze until I'm back?": "that" as the subject points at the subject named, as "it" need not.)
const THAT_DOES = String.raw`(?:does|do|did|will|would|can|could|should|must)\s+(?:that|this|those)\b`;
const ASKED_OF_IT = new RegExp(String.raw`^(?:${IT_IS})\b|^${DOES_IT_TOO}|^${THAT_DOES}`, 'i');

// "ok, and the annual appraisal? if they rate me excellent, does that use up a slot?": a subject named alone, then a
// condition and a question asked of "that"; "how about the appraisal then - if I'm rated excellent, does that…" too.
const SUBJECT_ONLY =
  /^(?:(?:and|but|so|ok|okay),?\s+)*(?:(?:what|how) about\s+)?(?:the|my|his|her|our|their)\s+(?:[\w'-]+\s+){0,3}[\w'-]+\s*\??$/i;
const SUBJECT_THEN_CONDITION = /^(?:(?:and|but|so|ok|okay),?\s+)*(?:what|how) about\s+(?:[\w'-]+\s+){0,5}[\w'-]+\s*[-–—,]\s*if\b[^?]*$/i;
const OF_THAT = String.raw`(?:does|do|did|will|would|can|could|is|are)\s+(?:that|this|those)\b`;
// ("if I get rated excellent does that eat into…": the comma after the condition may be left out.)
const CONDITION_ASKED_OF_THAT = new RegExp(String.raw`^(?:if|when|once|say|suppose)\b[^?]*?(?:,\s*|\s+)${OF_THAT}`, 'i');
const ASKED_OF_THAT = new RegExp(`^${OF_THAT}`, 'i');

/** The parts with a subject named alone joined to the yes/no question right after it that points at it. */
function joinedAboutAndAsked(parts: readonly string[]): string[] {
  const joined: string[] = [];
  for (const part of parts) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && pointsBackAt(previous, part)) joined[joined.length - 1] = `${previous.replace(/\?\s*$/, '')}, ${part}`;
    else joined.push(part);
  }
  return joined;
}

/** True when a part asks its question of the subject the part before it only named. */
function pointsBackAt(previous: string, part: string): boolean {
  if ((ABOUT_ONLY.test(previous) || AND_SUBJECT_ONLY.test(previous)) && ASKED_OF_IT.test(part)) return true;
  if (SUBJECT_ONLY.test(previous) && CONDITION_ASKED_OF_THAT.test(part)) return true;
  return SUBJECT_THEN_CONDITION.test(previous) && ASKED_OF_THAT.test(part);
}

/**
 * "…injury insurance? same?", "…? right?": a word or two asking whether the question before holds as said or as before;
 * "…injury insurance? same deal, school pays?" says what would hold, asking nothing new.
 */
const CHECKED_CASE = String.raw`(?:\s*[,:–—-]\s*(?!(?:and|but|so)?\s*(?:what|who|how|why|when|where|which)\b)[^?,]{1,40})?`;
const CHECKS_BACK = new RegExp(
  String.raw`^(?:the )?(?:same(?: (?:thing|deal|rule|way))?|right|true|correct|really)${CHECKED_CASE}\s*\?*\s*$`,
  'i',
);

/** "who owns that achievement, us or him? does the paper say?": whether the source answers the question before it. */
const ASKS_IF_SOURCE_SAYS = new RegExp(
  String.raw`^(?:(?:and|but|so|or)\s+)?(?:does|did|do|would)\s+(?:the\s+)?(?:paper|guidance|policy|document|it)\s+` +
    String.raw`(?:say|mention|specify|settle)(?:\s+(?:so|that|this|it|anything))?\s*\?*\s*$`,
  'i',
);

/** "…longer than that? like could I stay out 5 years?": a question said again in other words, one question with it. */
const RESTATES = /^(?:like|i mean|as in|so like|e\.g\.|for example|for instance)\b,?\s+/i;

/** A connective left alone when a sentence is cut at its joints ("Also, why…" → "Also"). */
const CONNECTIVE_ONLY = /^(?:and|also|plus|but|so)$/i;
/** "…, and why?", "…, and who pays?", "Can he, and does…": a question of one or two words that still asks one of its own. */
// A bare "why" asks even without its mark ("…requirements and why").
const QUESTION_WORD_ASKING = String.raw`(?:how(?:\s+(?:long|much|many|often|soon))?|when|where|who|(?:who|what)\s+[\w'-]+)\s*\?`;
const BARE_ASKING = String.raw`(?:and\s+)?(?:why\s*\??|${QUESTION_WORD_ASKING})`;
const AUXILIARY_AND_DOER = String.raw`(?:can|could|may|does|do|is|will|would|should|must)\s+(?:he|she|i|we|they|it|you)`;
const SHORT_QUESTION = new RegExp(String.raw`^(?:${BARE_ASKING}|${AUXILIARY_AND_DOER})\s*$`, 'i');

/**
 * What a message holds when it may be more than one question or open with a label: a mark or a joining word, or a
 * question mark before its end. A message without any is one question.
 */
const MAY_HOLD_PARTS = /[:,;.!&]|\?(?!\s*$)|\s(?:and|also|plus|versus|vs\.?)\s/i;

/** Splits a message into its questions (up to three): at question marks, then at ", and <question word>". */
export function splitQuestion(message: string): string[] {
  return splitQuestions(message).answered;
}

/** A message's questions: the first three, answered, and any beyond them, which the answer names as left for later. */
export function splitQuestions(message: string): { answered: string[]; beyond: string[] } {
  const questions = allQuestions(message);
  return { answered: questions.slice(0, MAX_PARTS), beyond: questions.slice(MAX_PARTS) };
}

// A part that asks without a question mark: it opens on an auxiliary or holds a question word ("also can i quit…").
const LEADS = String.raw`(?:\W*(?:and|also|plus|but|so|or|then|ok|okay)\W+)*`;
const OPENING_AUXILIARY = String.raw`(?:can|could|do|does|did|is|are|am|was|were|will|would|should|must|may|might|have|has)\b`;
const OPENS_ASKING = new RegExp(`^${LEADS}${OPENING_AUXILIARY}`, 'i');
const QUESTION_WORD = /\b(?:what|who|whom|whose|why|how|when|where|which)\b/i;
// "…also if my company takes off can i quit the school entirely": an auxiliary before its subject, inside the part.
const ASKING_ORDER =
  /\b(?:can|could|do|does|did|will|would|should|must|may|is|are|am)\s+(?:i|we|you|he|she|they|it|the|my|our|his|her|their)\b/i;

// ", which is also a public institution": a relative clause describing what was named, not a question word.
const DESCRIBING_CLAUSE = new RegExp(String.raw`,\s*${DESCRIBING_RELATIVE}`, 'gi');

/** True for a remark that asks nothing, even unmarked ("management is skeptical tbh", "don't want to do anything shady"). */
function isRemark(part: string): boolean {
  return !OPENS_ASKING.test(part) && !QUESTION_WORD.test(part.replace(DESCRIBING_CLAUSE, '')) && !ASKING_ORDER.test(part);
}

// "…, 1) do my achievements count toward my title, and 2) would an excellent rating use up the quota?": numbered questions.
const NUMBERED = /(^|[\s,:;])\(?([1-9]|[a-d])\)\s+/gi;

/** The message without the numbers of its numbered questions ("1)", "(b)"), when it numbers at least two. */
function withoutNumbering(message: string): string {
  if (!message.includes(')')) return message;
  const marks = [...message.matchAll(NUMBERED)].map((m) => m[2]!.toLowerCase());
  const numbered = (marks.includes('1') && marks.includes('2')) || (marks.includes('a') && marks.includes('b'));
  if (!numbered) return message;
  // A number right after words of a question ends it: "(a) can I keep my pension (b) who pays…".
  return message.replace(NUMBERED, (_, before: string, _mark: string, at: number) =>
    at === 0 || /(?:[,:;?.!]|\band|\bor)\s*$/i.test(message.slice(0, at + before.length)) ? before : '; ',
  );
}

// "according to the paper what do enterprises want…, and what does the school want?": the source named before the
// first question frames the message, not a condition of the first question ("generally what do…" likewise).
const SOURCE_NAMED = String.raw`(?:according to|per) (?:the|this) (?:paper|guidance|document|text|article)`;
const SOURCE_FIRST = new RegExp(
  String.raw`^(\s*(?:so\s+)?(?:${SOURCE_NAMED}|generally|in general|basically|broadly),?\s+)` +
    String.raw`(?=(?:what|who|how|why|which|when|where|do|does|is|are|can)\b)`,
  'i',
);

/** Every question of a message, in order. */
function allQuestions(raw: string): string[] {
  const framed = SOURCE_FIRST.exec(raw);
  if (framed) {
    const [first = '', ...rest] = allQuestions(raw.slice(framed[0].length));
    return [`${framed[1]}${first}`, ...rest];
  }
  const message = withoutNumbering(raw);
  if (!MAY_HOLD_PARTS.test(message)) return [message.trim()];
  const label = message.includes(':') ? LABEL.exec(message)?.[0] : undefined;
  const labelled = label !== undefined && !NAMES_A_PART.test(label) && !ASKS_START.test(label.trim());
  const body = labelled ? message.slice(label.length) : message;
  // "For leaving my post: can I join any company, or could I…?": a label framing the subject opens every question.
  const frame = labelled && FRAMING_LABEL.test(label) ? label.trim().replace(/:$/, ', ') : '';
  return allQuestionsOf(body).map((q) => `${frame}${q}`);
}

/** Every question of a message without its label, in order. */
function allQuestionsOf(message: string): string[] {
  const sentences = message
    .split(/(?<=\?)\s*|(?<=[.!])\s+(?=[A-Z])/u)
    .map((s) => s.trim())
    // "…at the same time?? and…": a mark left on its own asks nothing.
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  const parts = joinedAboutAndAsked(sentences.flatMap(splitSentence));
  if (parts.length === 1) return parts;
  const merged: string[] = [];
  // "…; and if i'm rated excellent, does that hit the quota?": a condition cut off on its own opens the next question.
  let condition = '';
  for (const [i, raw] of parts.entries()) {
    if ((SUBORDINATE.test(raw) ? !asksQuestion(raw) : endsWithCondition(raw)) && i + 1 < parts.length) {
      condition = `${condition}${raw}, `;
      continue;
    }
    const part = `${condition}${raw}`;
    condition = '';
    const previous = merged[merged.length - 1];
    const asks = asksQuestion(part);
    const short = wordCount(part) < MIN_PART_WORDS && !SHORT_QUESTION.test(part);
    const checksBack = previous !== undefined && (CHECKS_BACK.test(part) || ASKS_IF_SOURCE_SAYS.test(part));
    if (previous !== undefined && RESTATES.test(part)) merged[merged.length - 1] = `${previous.replace(/\?\s*$/, '')} - ${part}`;
    else if (previous !== undefined && (checksBack || ((short || !asks) && !/\?\s*$/.test(previous))))
      merged[merged.length - 1] = `${previous} ${part}`;
    else if (previous !== undefined && short && !asks) merged[merged.length - 1] = `${previous} ${part}`;
    else merged.push(part);
  }
  // A statement before a question is its context ("my startup is failing, can I go back early?").
  const questions: string[] = [];
  let context = '';
  for (const [i, part] of merged.entries()) {
    const asks = asksQuestion(part);
    // "and for the company? do they sign something too": a party named alone says whom the next question is about.
    // A statement keeps its full stop ("We host a teacher on leave. Does…"), so it is read as context, not as the claim asked.
    const lead = leadsInto(part, merged[i + 1]);
    // "and training? do I still get to join the school's training programs": named again, the subject put forward is said.
    if (lead === 'named again') continue;
    if ((!asks || ONLY_A_PARTY.test(part) || lead === 'pointed at') && part !== merged[merged.length - 1])
      context = /[.!]\s*$/.test(part) && !asks ? `${context}${part.trim()} ` : `${context}${part.replace(/[?.!]\s*$/, '')}, `;
    // "does confidentiality come up in her paperwork? we'd care about that", "what would he bring us? management is
    // skeptical tbh": a remark after the last question asks nothing.
    else if (!asks && questions.length > 0 && isRemark(part))
      questions[questions.length - 1] = `${questions[questions.length - 1]} ${context}${part}`;
    else {
      questions.push(`${context}${part}`);
      context = '';
    }
  }
  return questions.length > 0 ? withConditionCarried(withScopeCarried(questions)) : [message.trim()];
}

// "If we take on a teacher part-time, does our business need to match? and do we pay his injury insurance?": the first
// question's opening condition holds for a later one that goes on with "and" and sets none of its own.
const OPENING_CONDITION = /^(?:if|when|once|while)\b[^,?]{3,100},\s*/i;
const GOES_ON = /^(?:and|also|plus)\s+/i;
/** A question asked inside what opens like a condition: "if I leave my post do I have to…". */
const ASKED_WITHIN = /\b(?:do|does|can|could|will|would|should|must|am|is|are)\s+(?:i|we|he|she|they|you)\b/i;

/** The questions with the first one's opening condition given to later ones that go on from it with "and". */
function withConditionCarried(questions: readonly string[]): string[] {
  const condition = questions.length > 1 ? OPENING_CONDITION.exec(questions[0]!)?.[0] : undefined;
  // ("If I leave my post do I have to set up my own company, or…? And does an in-post startup…?": no bare condition.)
  if (condition === undefined || ASKED_WITHIN.test(condition)) return [...questions];
  return questions.map((q, i) =>
    i > 0 && GOES_ON.test(q) && asksAnewUnder(q.replace(GOES_ON, '')) ? `${condition}${q.replace(GOES_ON, '')}` : q,
  );
}

/** A condition or time a question sets inside itself: "…do I keep my personnel relationship during the off-post time?". */
const OWN_CONDITION = /\b(?:if|when|once|unless|during|while|throughout)\b/i;

/** True for a question of its own that sets no condition and points at nothing before it ("do we pay his insurance?"). */
function asksAnewUnder(question: string): boolean {
  return (
    ASKS_START.test(question) &&
    !SUBORDINATE.test(question) &&
    !OWN_CONDITION.test(question) &&
    !/\b(?:that|this|it|those|these)\b/i.test(question)
  );
}

// "In the teachers' team mode, what…, and how does the school benefit?": a mode or section the first question opens with
// is the subject of the later ones too.
const SCOPE_NAMES = ['modes?', 'models?', 'section [\\d.]+', 'approach'];
const SCOPE = new RegExp(
  String.raw`^(?:in|for|under|within|as for|regarding)\s+(?:the\s+)?[^,?]{2,50}?\b${anyOf(SCOPE_NAMES)}\s*,\s*`,
  'i',
);
const NAMES_SCOPE = new RegExp(String.raw`\b${anyOf(SCOPE_NAMES)}\b`, 'i');

/** The questions with the scope the first opens with ("In the order-based mode, …") given to later ones naming none. */
function withScopeCarried(questions: readonly string[]): string[] {
  const scope = questions.length > 1 ? SCOPE.exec(questions[0]!)?.[0] : undefined;
  if (scope === undefined) return [...questions];
  // ("…, and why does that matter?", "…, and who pays?" ask of the answer before them, not of the mode.)
  const own = (q: string) => NAMES_SCOPE.test(q) || /\b(?:that|this|it)\b/i.test(q) || SHORT_QUESTION.test(q.trim());
  return questions.map((q, i) => (i === 0 || own(q) ? q : `${scope}${q.replace(/^(?:and|also|plus|but)\s+/i, '')}`));
}

// "and training?", "and what about a librarian who wants to open a café": a subject put forward with no question of its own.
const NOT_ASKING = String.raw`(?!(?:what|who|why|how|when|where|which|whose|do|does|did|can|could|is|are|will|would|should)\b)`;
const WHAT_ABOUT = String.raw`(?:what|how)\s+about\s+(.{1,100}?)\s*[?,.]?`;
const PUT_FORWARD = new RegExp(
  String.raw`^(?:(?:and|but|so|ok|okay)\s+)?(?:${WHAT_ABOUT}|${NOT_ASKING}([\w'-]+(?:\s+[\w'-]+){0,2})\s*\?)\s*$`,
  'i',
);
// ("what about us as a small company, does it say anything?": "it" that says something is the source.)
const POINTS_AT_IT = /\b(?:him|her|them|they|he|she|that|this)\b|\bit\b(?!\s+(?:says?|said|mentions?|talks?|discuss(?:es)?)\b)/i;

/** The stems of a text's words of four letters or more. */
function contentStems(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(stem));
}

/** How the next part asks about a subject put forward before it: by pointing at it, or by naming it again. */
function leadsInto(part: string, next: string | undefined): 'pointed at' | 'named again' | undefined {
  const forward = next === undefined || !asksQuestion(next) ? null : PUT_FORWARD.exec(part.trim());
  if (!forward) return undefined;
  const named = contentStems(next!);
  const subject = [...contentStems(forward[1] ?? forward[2]!)];
  if (subject.length > 0 && subject.every((stem) => named.has(stem))) return 'named again';
  return forward[1] !== undefined && (POINTS_AT_IT.test(next!) || SAYS_WHICH_WAY.test(next!.trim())) ? 'pointed at' : undefined;
}

/** "what about my title? am I stuck at associate while I'm away?": a short yes/no question of the asker's own case. */
const SAYS_WHICH_WAY = /^(?:am|will|would|do|does|is)\s+(?:i|my)\b(?:\s+\S+){1,8}\s*\?$/i;

/** What every joint between two questions holds: a mark, or a connective word between spaces. */
const MAY_JOIN = /[,;.!&]|\s(?:and|also|plus|versus|vs\.?)\s/i;

// "what if I quit, and do I have to sign…": a "what if" question of its own, then another.
const WHAT_IF_AND = /^(?:what happens if|what if)\b[^,]*,\s*and\s/i;

/**
 * The questions of one sentence. A sentence opening with a condition keeps it ("if he leaves, who pays his insurance and
 * who pays his injury insurance?" → each question with "if he leaves,"); otherwise it splits at its joints.
 */
function splitSentence(sentence: string): string[] {
  if (!MAY_JOIN.test(sentence)) return CONNECTIVE_ONLY.test(sentence) ? [] : [sentence];
  // "can I teach, do part-time work and run a startup all at the same time?": acts listed to be done together ask one thing.
  // ("…, and is there a cap on how many can be off post at the same time?" asks a second thing.)
  if (ENDS_AT_ONCE.test(sentence) && !SECOND_ASKED.test(sentence)) return [sentence];
  const [, asking, first, second] = TWO_REPORTED.exec(sentence) ?? [];
  if (asking && first && second) return [`${asking}${first}?`, `${asking.replace(/that\s+$/i, '')}that ${second}`];
  const [, doer, firstAct, otherAct] = OR_ALTERNATIVELY.exec(sentence) ?? [];
  if (doer && firstAct && otherAct) return [`${doer}${firstAct}?`, `${doer}${otherAct}`];
  const [, lead, one, other] = FOR_EACH.exec(sentence) ?? [];
  if (lead && one && other) return [`${lead}${one}?`, `${lead}${other}`];
  const listed = eachListed(sentence);
  if (listed) return listed;
  const split = (text: string) =>
    withinBracketsHeld(heldAnds(text))
      .split(JOINT)
      .map((p) => p.trim().replaceAll(HELD_AND, ' and ').replaceAll(HELD_COMMA, ','))
      // "…? Also, why don't small firms…": a connective cut off on its own says nothing.
      .filter((p) => p.length > 0 && !CONNECTIVE_ONLY.test(p));
  if (!SUBORDINATE.test(sentence) || WHAT_IF_AND.test(sentence)) return split(sentence);
  // "If our co-founder, a teacher on leave, wants to quit — can she, and is there a notice period?": the condition runs
  // to the dash and opens the first question; the later ones go on from it.
  const dash = CONDITION_DASH.exec(sentence);
  const afterDash = dash ? split(sentence.slice(dash.index + dash[0].length)) : [];
  if (dash && afterDash.length >= 2 && afterDash.every((q) => ASKS_START.test(q)))
    return [`${sentence.slice(0, dash.index + dash[0].length)}${afterDash[0]}`, ...afterDash.slice(1)];
  const comma = sentence.indexOf(',');
  // "For a teacher who has left their post: do we pay A, and do we pay B?": the lead runs to the colon and opens each
  // (carried on with a comma, as a condition closed by a colon is).
  const colon = sentence.indexOf(': ');
  const afterColon = colon >= 0 && (comma < 0 || colon < comma) ? split(sentence.slice(colon + 1)) : [];
  if (afterColon.length >= 2 && afterColon.every((q) => ASKS_START.test(q)))
    return afterColon.map((q, i) => `${sentence.slice(0, colon)}${i === 0 ? ':' : ','} ${q}`);
  if (comma < 0) return [sentence];
  const condition = sentence.slice(0, comma + 1);
  // "If I ask to quit while off post, what does the school do — and if I change my mind instead, can I?": a dash and a
  // condition of its own close the first question and open the next.
  const ownCondition = DASH_THEN_CONDITION.exec(sentence.slice(comma + 1));
  if (ownCondition) {
    const first = sentence.slice(comma + 1, comma + 1 + ownCondition.index).trim();
    if (ASKS_START.test(first)) return [`${condition} ${first}?`, sentence.slice(comma + 1 + ownCondition.index + ownCondition[0].length)];
  }
  const each = eachListed(sentence.slice(comma + 1).trim());
  if (each) return each.map((q) => `${condition} ${q}`);
  const questions = split(sentence.slice(comma + 1));
  const asked = CONDITION_THEN_QUESTION.exec(condition.slice(0, -1));
  // "if I leave does it have to be tech, and if I stay does it have to match my major?": each question has its condition.
  const next = sentence.slice(comma + 1).trim();
  const own = next.replace(/^(?:and|also|plus|but)\s+/i, '');
  if (asked && own !== next && SUBORDINATE.test(own) && LEAD_IN_ASKS.test(own)) return [condition.slice(0, -1), own];
  // The condition asks its own question: it is the first part, and the condition alone opens the later ones ("while off
  // post do I keep my training, do I get my salary, and can I come back early?": three).
  if (
    asked &&
    questions.length >= 1 &&
    questions.every((q) => ASKS_START.test(q)) &&
    (/^(?:and|also|plus)\b/i.test(next) || (questions.length >= 2 && AUXILIARY_FIRST.test(condition.slice(asked[1]?.length).trim())))
  )
    return [condition.slice(0, -1), ...questions.map((q) => `${asked[1]!.replace(/[:;]$/, '')}, ${q}`)];
  if (questions.length < 2 || !questions.every((q) => ASKS_START.test(q))) return [sentence];
  return questions.map((q) => `${condition} ${q}`);
}

// "does the paper say profit leads it to give back, and that this mode tests the teacher?": two things it is asked to say.
const REPORTING = String.raw`(?:so\s+|and\s+)?(?:does|do|did)\s+(?:the\s+)?(?:paper|guidance|authors?|research|it|they)\s+`;
const REPORTED_VERB = String.raw`(?:say|claim|mention|argue|state|suggest|find|think)\s+(?:that\s+)?`;
const TWO_REPORTED = new RegExp(String.raw`^(${REPORTING}${REPORTED_VERB})(.+?),?\s+and\s+that\s+(.+)$`, 'i');

// "could I open a startup while keeping my job, or alternatively leave my post to run it?": two things one may do, each asked.
const MAY_DO = String.raw`(?:could|can|may|should|would|will|must)\s+(?:i|we|he|she|they)\s+`;
const OR_ALTERNATIVELY = new RegExp(String.raw`^(${MAY_DO})(.+?),?\s+or\s+(?:alternatively|instead|else|rather)\s+(.+)$`, 'i');

// "what's the requirement for a part-time job and for starting a business while in post?": one question of two subjects.
// ("what's the rule for part-time jobs versus starting a company while in post?": the same, set against each other.)
const FOR_EACH = /^((?:what|what's|whats|which|who)\b[^,;?]*?\bfor\s+)([^,;?]+?),?\s+(?:and\s+for|versus|vs\.?)\s+([^,;]+)$/i;

// "what happens to my social insurance, my title evaluation and my salary?": one question asked of each thing listed.
const OWNED = String.raw`(?:my|his|her|our|their|the)\s+[\w-]+(?:\s+[\w-]+){0,2}`;
const ASKED_OF_LIST = new RegExp(
  String.raw`^((?:what happens|what will happen|what about|how about|what does the guidance say about)\s+(?:to\s+)?)` +
    String.raw`(${OWNED}(?:,\s+${OWNED})*),?\s+and\s+(${OWNED})\s*\?$`,
  'i',
);

/** The question asked again of each thing a list names, or undefined when the sentence lists nothing so. */
function eachListed(sentence: string): string[] | undefined {
  const [, lead, items, last] = ASKED_OF_LIST.exec(sentence) ?? [];
  if (!lead || !items || !last) return undefined;
  return [...items.split(/,\s+/), last].map((item) => `${lead}${item}?`);
}

/** "do I still get…", "does my family get…": a question asked by its auxiliary and subject. */
const AUXILIARY_FIRST =
  /^(?:do|does|did|can|could|will|would|is|are|am|should|must|may)\s+(?:i|my|he|his|she|her|we|our|they|their|it|the|you)\b/i;

/** "worst case, …", "quick question, …": up to three words and a comma, then a question. */
const LEAD_PHRASE = new RegExp(
  String.raw`^(?:[\w'-]+\s+){0,2}[\w'-]+,\s*(?!${RELATIVE_CLAUSE})(?:${QUESTION_START}\b|${LEAD_IN_QUESTION})`,
  'i',
);

/**
 * True when a part ends, after a dash, with a condition that asks nothing ("what about the appraisal - if I'm rated
 * excellent"): the condition opens the question after it.
 */
function endsWithCondition(part: string): boolean {
  const last = part.split(CONDITION_DASH).at(-1)!;
  return last !== part && !/\?\s*$/.test(last) && SUBORDINATE.test(last) && !asksQuestion(last);
}

/** A dash and "and" before a condition that opens a question of its own: "… — and if I change my mind, can I?". */
const DASH_THEN_CONDITION = /\s[-–—]+\s*and\s+(?=(?:if|when|once|what if|suppose)\b)/i;

/** The dash closing a condition before the questions asked under it. */
const CONDITION_DASH = /\s[-–—]\s+/;

// "we're a partner company - if our class is cancelled can either side walk away": a question after a dash or a colon.
const AFTER_MARK = /\s[-–—]\s+|:\s+/g;

/** A part opening with "when" as a condition ("when I leave…"), not asking when. */
const WHEN_CONDITION = /^(?:so\s+|and\s+|but\s+)?when\b/i;

// "What we want from the college is staff training.": a question word, then who wants it, names a thing; no question.
const WHO_WANTS = String.raw`(?:i|we|they|he|she|you|our (?:company|firm)|the (?:company|school|college))`;
export const NAMES_WHAT_IS = new RegExp(String.raw`^(?:what|where|how)\s+${WHO_WANTS}\s+(?!${anyOf(AUXILIARIES)}\b)[\w'-]+`, 'i');

/**
 * True when a part asks something: it ends with a question mark, or opens (after any condition, or after a statement
 * and a dash or colon) with a question word.
 */
function asksQuestion(part: string): boolean {
  return (
    /\?\s*$/.test(part) ||
    // "When I leave I want to stop contributions.": "when" opening a condition, with no question after it, asks nothing.
    (ASKS_START.test(part) && !(WHEN_CONDITION.test(part) && SUBORDINATE.test(part)) && !NAMES_WHAT_IS.test(part)) ||
    LEAD_IN_ASKS.test(part) ||
    (SUBORDINATE.test(part) && part.includes(',') && ASKS_START.test(part.slice(part.indexOf(',') + 1).trim())) ||
    CONDITION_THEN_QUESTION.test(part) ||
    // "worst case, if he dies what happens…": a few words before a comma only lead in.
    LEAD_PHRASE.test(part) ||
    part
      .split(AFTER_MARK)
      .slice(1)
      .some((rest) => ASKS_START.test(rest) || LEAD_IN_ASKS.test(rest))
  );
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
