import type { Audience } from '../schema/topic.js';
import { chineseAskedActor } from './chinese-actor.js';
import { isChinese } from './chinese-language.js';
import { anyOf } from './word-pattern.js';

/** Who a yes/no question asks about as the one doing something: "does the school pay…", "do we run…". */
export type Actor = 'teacher' | 'school' | 'enterprise';

const AUX = String.raw`(?:do|does|did|can|could|will|would|must|should|shall|is|are|has|have)`;
const SCHOOL_NAMES = ['school', 'college', 'university', 'uni', 'institution', 'institute', 'home institution', 'original (?:school|unit)'];
const SUBJECTS: [RegExp, Actor | 'we'][] = [
  [new RegExp(String.raw`^(?:the |my |our |his |her |their )?${anyOf(SCHOOL_NAMES)}\b`, 'i'), 'school'],
  [
    /^(?:the |my |our |his |her |their |a )?(?:company|companies|enterprise|enterprises|firm|employer|startup|start-up|business)\b/i,
    'enterprise',
  ],
  [/^(?:i|me)\b/i, 'teacher'],
  [/^(?:we|us)\b/i, 'we'],
  // "will our HR have to handle…": the enterprise's own people, for an enterprise asking.
  [/^our (?:hr department|hr|human resources|personnel department|people|staff|managers?)\b/i, 'we'],
];

/** An auxiliary and the words after it, where a yes/no question names its doer ("does the school pay…"). */
const AUX_THEN_SUBJECT = new RegExp(`\\b${AUX}\\s+(?:not\\s+)?(.{0,60})`, 'i');
const POSSESSION_PAYING = /^'s\s+(?:[\w-]+\s+){1,2}?(?=(?:pay|pays|cover|covers)\b)/i;
// Verbs of doing something for someone: only then does the subject matter ("do I keep…" is not the teacher doing it).
const PAYING = ['pay', 'pays', 'paying', 'cover', 'covers', 'covering', 'owe', 'owes', 'fund', 'funds', 'bear', 'bears', 'shoulder'];
const RUNNING = [
  'handle',
  'handles',
  'handling',
  'run',
  'runs',
  'running',
  'evaluate',
  'evaluates',
  'evaluating',
  'carry out',
  'carries out',
  'conduct',
  'conducts',
  'oversee',
  'oversees',
];
const DECIDING = ['decide', 'decides', 'deciding', 'sign', 'signs', 'signing', 'conclude', 'concludes', 'terminate', 'terminates'];
const MANAGING = ['manage', 'manages', 'managing', 'organi[sz]e', 'arrange', 'provide', 'provides', 'providing', 'process'];
const ASSESSING = ['assess', 'assesses', 'assessing', 'review', 'reviews', 'enrol', 'enroll', 'contribute', 'contributing'];
// "do we have to put them on our social insurance?": enrolling someone in a scheme.
const ENROLLING = [String.raw`(?:put|puts|sign|signs|register|registers) (?:him|her|them|the teacher) (?:on|in|into|up for|for)`];
// "is the college on the hook for his injury insurance?": answerable for it is doing it.
const ANSWERABLE = [String.raw`(?:on the hook|responsible|liable|accountable) for`, 'in charge of'];
const DOING_VERBS = [...PAYING, ...RUNNING, ...DECIDING, ...MANAGING, ...ASSESSING, ...ENROLLING, ...ANSWERABLE].join('|');
// What may stand between the party and its verb: "the one who", "still", "has to", "is required to", "keeps".
const THE_ONE_WHO = '(?:the one (?:who |that )?)?';
const ADVERB = String.raw`(?:(?:still|also|really|actually|then|just|even)\s+)?`;
const OBLIGED = [
  String.raw`(?:have|has|need|needs|got) to\s+`,
  String.raw`(?:be\s+)?(?:required|supposed|expected|obliged) to\s+`,
  String.raw`(?:keep|keeps|continue to|continues to)\s+`,
];
// "we're on the hook for…", "the school is responsible for…": a form of "be" before being answerable for it.
const BEING = String.raw`(?:(?:'re|'s|are|is|am|was|were)\s+)?`;
const DOING_LEAD = `^${THE_ONE_WHO}${BEING}${ADVERB}${anyOf(OBLIGED)}?`;
const DOING = new RegExp(`${DOING_LEAD}(?:${DOING_VERBS})\\b`, 'i');
// In a statement a party that keeps or holds something does it too ("my college keeps my social insurance"); read apart
// from DOING, which the statement is read with anyway, so that the verbs of doing are compiled into one pattern, not two.
const KEEPING = new RegExp(`${DOING_LEAD}(?:keep|keeps|hold|holds)\\b`, 'i');

// "…paid by the school", "…all stay with my college", "does it come from the school?": the party that holds, does or
// gives it, named after the verb.
const STAYED = ['stays?', 'remains?', 'kept', 'held', 'comes?', 'coming'];
const DONE = ['paid', 'covered', 'handled', 'managed', 'provided', 'run', 'signed', 'concluded', 'decided', 'done'];
const HOLDER_SCHOOLS = ['school', 'college', 'university', 'uni', 'institution', 'institute', 'original (?:school|unit)'];
const HOLDER_COMPANIES = ['company', 'enterprise', 'firm', 'employer', 'startup', 'start-up', 'business'];
// The school's words in the first capturing group, the enterprise's in the second.
// ("…I'd rather quit and stay with my company": a person who stays somewhere holds nothing there.)
const PERSON_STAYING = String.raw`(?<!\b(?:i|he|she|we|they|to|and|rather|'d)\s)`;
const HOLDER = new RegExp(
  String.raw`\b${PERSON_STAYING}${anyOf([...STAYED, ...DONE])}\s+(?:with|by|at|through|via|from)\s+(?:the |my |our |his |her |their |a )?` +
    String.raw`(?:(${HOLDER_SCHOOLS.join('|')})|(${HOLDER_COMPANIES.join('|')}))\b`,
  'i',
);

// "do I get both my social insurance and my injury insurance through the company?": the party it is had from.
const RECEIVED_FROM = new RegExp(
  String.raw`\b(?:get|gets|getting|receive|receives|receiving)\s+(?:both\s+)?(?:my|his|her|their|our)\s+[\w -]{1,60}?\s+` +
    String.raw`(?:through|via|from)\s+(?:the |my |our |his |her |their |a )?` +
    String.raw`(?:(${HOLDER_SCHOOLS.join('|')})|(${HOLDER_COMPANIES.join('|')}))\b`,
  'i',
);

/** The party a claim names as holding or doing something after its verb ("…paid by the school"), if any. */
export function heldBy(question: string): Actor | undefined {
  const match = HOLDER.exec(question) ?? RECEIVED_FROM.exec(question);
  if (!match) return undefined;
  return match[1] ? 'school' : 'enterprise';
}

// "is that the school as well?", "is my injury insurance the school's too?", "is that on us?": the party named as what
// the thing is, or whose it is.
const COPULA = String.raw`(?:is|are|was|would (?:that|it|this) be|will (?:that|it|this) be)`;
const COPULA_SUBJECT = String.raw`${COPULA}\s+(?:(?:that|it|this|those|these|they)|(?:my|his|her|the|our|their)\s+[\w -]{1,40}?)`;
// "is it true that my injury insurance during leave is the school's responsibility?": the thing, then what it is.
const SUBJECT_COPULA = String.raw`\b(?:my|his|her|the|our|their)\s+[\w -]{1,60}?\s+(?:is|are)`;
// "is that the school's job too?": whose duty the thing is.
const DUTY_NOUN = String.raw`(?:\s+(?:job|responsibility|duty|problem|bill|tab|business|call))?`;
const PARTY_PREDICATE = new RegExp(
  String.raw`(?:\b${COPULA_SUBJECT}|${SUBJECT_COPULA})\s+(?:also\s+|still\s+)?` +
    String.raw`(?:(?:on|with|for|down to|up to|paid by|covered by|handled by)\s+)?` +
    String.raw`(?:the |my |our |his |her |their )?(?:(${HOLDER_SCHOOLS.join('|')})|(${HOLDER_COMPANIES.join('|')})|(us|we))` +
    String.raw`(?:'s${DUTY_NOUN})?` +
    String.raw`(?:\s+(?:too|as well|also|then|instead|again|alone|only))*\s*[?.!]*\s*$`,
  'i',
);

// "and work injury insurance? same deal, the school?": the party checked after "same".
const SAME_PARTY = new RegExp(
  String.raw`\bsame(?: deal| thing| rule| way| answer)?\s*[,:–—-]\s*(?:the |my |our )?` +
    String.raw`(?:(${HOLDER_SCHOOLS.join('|')})|(${HOLDER_COMPANIES.join('|')})|(us|we))(?:\s+(?:too|again|then))?\s*\?*\s*$`,
  'i',
);

/** The party a question names as what something is or whose it is ("is that the school as well?"), if any. */
export function partyAsPredicate(question: string, audience: Audience | undefined): Actor | undefined {
  const match = PARTY_PREDICATE.exec(question) ?? SAME_PARTY.exec(question);
  if (!match) return undefined;
  if (match[1]) return 'school';
  if (match[2]) return 'enterprise';
  return audience === 'enterprise' ? 'enterprise' : undefined;
}

/**
 * The party a yes/no question makes the doer of its verb ("does the school pay…", "…paid by the school"), or undefined
 * when it names none it can tell.
 */
export function askedActor(message: string, audience: Audience | undefined): Actor | undefined {
  if (isChinese(message)) return chineseAskedActor(message, audience);
  // "We're taking on a teacher. The school covers his insurance, right?": the sentence asked names the doer, if it names one.
  const asked = lastAskedSentence(message);
  return (asked === undefined ? undefined : actorIn(asked, audience)) ?? actorIn(message, audience);
}

/** The last sentence of a message of several when it is a question. */
function lastAskedSentence(message: string): string | undefined {
  const last = message
    .trim()
    .split(/(?<=[.!?])\s+/)
    .at(-1)!;
  return last.length < message.trim().length && last.endsWith('?') ? last : undefined;
}

/** "is it the college that pays…": "it" put before the party a cleft sentence singles out as the doer. */
const CLEFT_IT = /^it\s+(?=(?:the|my|our|his|her|their)\s)/i;
/** "…the college that pays…": the word joining the singled-out party to its verb. */
const CLEFT_JOIN = /^(?:that|who)\s+/i;

/** The party one text makes the doer of its verb, if it names one. */
function actorIn(question: string, audience: Audience | undefined): Actor | undefined {
  const match = AUX_THEN_SUBJECT.exec(question);
  if (!match) return declaredActor(question, audience) ?? heldBy(question) ?? partyAsPredicate(question, audience);
  const cleft = CLEFT_IT.test(match[1]!);
  const subject = cleft ? match[1]!.replace(CLEFT_IT, '') : match[1]!;
  const hit = SUBJECTS.find(([pattern]) => pattern.test(subject));
  if (!hit) return heldBy(question) ?? partyAsPredicate(question, audience);
  // "does the college's insurance pay for the injury": what the party owns pays, so the party does.
  const named = subject.replace(hit[0], '').trim().replace(POSSESSION_PAYING, '');
  const rest = cleft ? named.replace(CLEFT_JOIN, '') : named;
  if (!DOING.test(rest)) return heldBy(question) ?? partyAsPredicate(question, audience);
  return doerOf(hit[1], audience);
}

/** The party a subject names: "we" is the enterprise only when an enterprise contact asks. */
function doerOf(found: Actor | 'we', audience: Audience | undefined): Actor | undefined {
  if (found === 'we') return audience === 'enterprise' ? 'enterprise' : undefined;
  return found;
}

// "so the school covers the injury insurance too?": a statement asked as a question, after a word that carries it on.
const CARRIED_ON = /^(?:(?:so|and|ok|okay|then|wait|hmm|right|but|oh)\b[,\s]*)*/i;

/** The doer a question worded as a statement names before its verb ("so the school pays it too?"), if any. */
function declaredActor(question: string, audience: Audience | undefined): Actor | undefined {
  if (!/\?\s*$/.test(question)) return undefined;
  // "and work injury insurance, same deal - the school covers it?": the statement after the topic named.
  const after = question
    .trim()
    .split(/\s[-–—]\s|[,;:]\s/)
    .at(-1)!;
  return statedDoer(question.trim(), audience) ?? (after.length < question.trim().length ? statedDoer(after, audience) : undefined);
}

/** The doer a statement names before its verb of doing ("so the school pays it too"), if any. */
function statedDoer(statement: string, audience: Audience | undefined): Actor | undefined {
  const text = statement.replace(CARRIED_ON, '');
  const hit = SUBJECTS.find(([pattern]) => pattern.test(text));
  if (!hit || !DOING.test(text.replace(hit[0], '').trim())) return undefined;
  return doerOf(hit[1], audience);
}

/**
 * The doer of a claim in a statement ("my college keeps my insurance and pays…"): the party that opens it before a
 * verb of doing, or undefined when the claim opens with no party (it then shares the previous claim's doer).
 */
export function claimActor(claim: string, audience: Audience | undefined): Actor | undefined {
  const text = claim.trim().replace(/^(?:and|but|also|so|then|while|whereas)\s+/i, '');
  const hit = SUBJECTS.find(([pattern]) => pattern.test(text));
  if (!hit) return askedActor(text, audience);
  const rest = text
    .replace(hit[0], '')
    .trim()
    .replace(/^(?:also|still|then)\s+/i, '');
  const doing = DOING.test(rest);
  if (!doing && !KEEPING.test(rest)) return undefined;
  // "I keep my training and rewards": the teacher keeping something is the one it is done for, not the doer.
  if (hit[1] === 'teacher' && !doing) return undefined;
  return doerOf(hit[1], audience);
}

/** True when a claim opens with a verb, its doer left to the claim before ("…and pays my injury insurance"). */
export function opensWithVerb(claim: string): boolean {
  return DOING.test(claim.trim().replace(/^(?:and|but|also|so|then)\s+/i, ''));
}
