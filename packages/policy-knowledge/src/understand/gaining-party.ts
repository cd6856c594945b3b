import type { Audience } from '../schema/topic.js';
import { anyOf } from './word-pattern.js';

const SCHOOLS = ['schools?', 'colleges?', 'universit(?:y|ies)', 'institutions?', 'polytechnics?'];
const COMPANIES = ['compan(?:y|ies)', 'enterprises?', 'firms?', 'employers?', 'businesses', 'smes?'];
const TEACHERS = ['teachers?', 'lecturers?', 'instructors?'];
const STUDENTS = ['students?', 'graduates?', 'trainees?'];
const QUALIFIERS = String.raw`(?:(?:the|a|an|so|most|many|some|our|my|their|these|those|small|smaller|partner|vocational|private)\s+)*`;
// ("what does our side get out of it?": the asker's side is "we".)
const PARTY = String.raw`(${anyOf(SCHOOLS)}|${anyOf(COMPANIES)}|${anyOf(TEACHERS)}|${anyOf(STUDENTS)}|our (?:side|end)|we|us|they|them)`;
const GAIN_VERBS = [
  'want',
  'wants',
  'need',
  'needs',
  'get',
  'gets',
  'gain',
  'gains',
  'expect',
  'expects',
  'hope',
  'hopes',
  'benefit',
  'benefits',
];
// "what do schools want from companies?", "how do firms benefit?", "what's in it for companies?", "what do we get out of it?"
// "what are we meant to get", "what do we as the firm get out of it", "what we'd get": up to three words between the party and its verb.
// "what does the paper say schools want…": what the paper says of a party's wants asks them too.
const PER_THE_PAPER = String.raw`(?:the (?:paper|guidance|author|source)\s+(?:say|says|think|thinks|suggest|suggests)\s+(?:that\s+)?)?`;
const ASKING = String.raw`\b(?:what|how)\s+(?:do|does|did|would|will|can|could|should|might|are|is)\s+${PER_THE_PAPER}`;
const ASKS_GAINS = new RegExp(String.raw`${ASKING}${QUALIFIERS}${PARTY}(?:'d|'ll)?\s+(?:\w+\s+){0,3}${anyOf(GAIN_VERBS)}\b`, 'i');
// "what benefits can we expect from…?", "what advantages do schools get…?": the gain named before the party.
const GAIN_NOUNS = ['benefits?', 'gains?', 'advantages?', 'upsides?', 'returns?'];
const NAMED_GAINS = new RegExp(
  String.raw`\bwhat\s+(?:(?:real|actual|concrete|practical|main|kind of|sort of)\s+)?${anyOf(GAIN_NOUNS)}\s+` +
    String.raw`(?:do|does|did|would|will|can|could|should|might|are|is)\s+${QUALIFIERS}${PARTY}\b`,
  'i',
);
// "how does a teacher part-timing at our company benefit us": the party after the gain verb.
const BENEFITS_PARTY = new RegExp(String.raw`^(?:how|what)\b.*\b(?:benefit|help|serve)s?\s+${QUALIFIERS}${PARTY}\b`, 'i');
// "does it actually benefit us in any real way?": whether the thing discussed benefits a party, asked yes or no.
const BENEFITS_PARTY_AT_ALL = new RegExp(
  String.raw`^(?:(?:and|but|so),?\s+)?(?:does|do|will|would|can|could)\s+(?:it|this|that)\s+(?:\w+\s+)?benefits?\s+${QUALIFIERS}${PARTY}\b`,
  'i',
);
const IN_IT_FOR = new RegExp(String.raw`\b(?:in it|upside|benefits?|gains?)\s+for\s+${QUALIFIERS}${PARTY}\b`, 'i');
// "for a firm like ours, what's the upside?": the party named first, then what it gains.
const FOR_PARTY_GAINS = new RegExp(
  String.raw`\bfor\s+${QUALIFIERS}${PARTY}(?:\s+like\s+(?:us|ours))?\b[^?]*\b(?:upside|in it|benefits?|gains?|get out of)\b`,
  'i',
);

/**
 * The side whose gains an English question asks about ("what do schools want from companies?" → school), so its own
 * needs answer rather than the other side's, or undefined when the question asks no such thing.
 */
export function gainingParty(text: string, audience: Audience | undefined): 'school' | 'enterprise' | 'teacher' | 'student' | undefined {
  const named = partyWhoseGainsAreAsked(text);
  if (named === undefined || THEY.test(named)) return undefined;
  if (/^(?:we|us|our (?:side|end))$/i.test(named)) return audience === 'enterprise' ? 'enterprise' : undefined;
  if (A_TEACHER.test(named)) return 'teacher';
  // "what do the students get out of it?": the students' gains.
  if (A_STUDENT.test(named)) return 'student';
  return A_SCHOOL.test(named) ? 'school' : 'enterprise';
}

const THEY = /^(?:they|them)$/i;
/** The party words of each side, whole. */
const A_TEACHER = new RegExp(`^${anyOf(TEACHERS)}$`, 'i');
const A_STUDENT = new RegExp(`^${anyOf(STUDENTS)}$`, 'i');
const A_SCHOOL = new RegExp(`^${anyOf(SCHOOLS)}$`, 'i');

/** True when a question asks what "they" gain ("and what's in it for them?"): the other side of the one just discussed. */
export function asksTheirGains(text: string): boolean {
  const named = partyWhoseGainsAreAsked(text);
  return named !== undefined && THEY.test(named);
}

// "what are schools after?", "what is the company looking for?": what a party seeks, asked with "be".
const SEEKS = new RegExp(
  String.raw`\bwhat\s+(?:is|are|was|were)\s+${QUALIFIERS}${PARTY}\s+(?:really\s+|actually\s+)?(?:after|looking for|hoping for|seeking)\b`,
  'i',
);

// "does the school get anything?", "and do we gain anything (back) out of it?": whether a party gains, asked yes or no.
const DOES = String.raw`^(?:(?:and|but|so),?\s+)?(?:does|do|would|will|could|can)\s+`;
const GAINS_ANYTHING = new RegExp(
  String.raw`${DOES}${QUALIFIERS}${PARTY}\s+(?:also\s+|even\s+)?(?:get|gain|benefit)\b` +
    String.raw`(?:\s+(?:anything|something|at all|too|as well|much))?(?:\s+back)?(?:\s+(?:from|out of)\s+(?:it|this|that))?\s*\??$`,
  'i',
);

// "does the paper say the school benefits too?": whether the paper says a party gains.
const PAPER_SAYS_GAINS = new RegExp(
  String.raw`^(?:(?:and|but|so),?\s+)?(?:does|do|did) the (?:paper|guidance|author|source) (?:say|mention|claim|suggest)\s+(?:that\s+)?` +
    String.raw`${QUALIFIERS}${PARTY}\s+(?:also\s+|even\s+)?(?:gets?|gains?|benefits?)\b`,
  'i',
);

// "what would he actually bring us?", "what does a part-time teacher bring to the company?": what someone brings a party.
const BRINGS_PARTY = new RegExp(
  String.raw`\bwhat\s+(?:do|does|did|would|will|can|could|might)\s+(?:[\w'-]+\s+){1,3}?bring\s+(?:to\s+)?${QUALIFIERS}${PARTY}\b`,
  'i',
);

// "why should our company bother partnering with a college?", "is it worth it for us to…": whether a party gains enough.
// ("why do so many firms not bother?" asks why they stay out, not what they would gain.)
const WHY_BOTHER = new RegExp(
  String.raw`\bwhy\s+(?:should|would|do|does|must)\s+${QUALIFIERS}${PARTY}\s+(?:(?!not\b|never\b)\w+\s+){0,2}bother\b`,
  'i',
);
const WORTH_IT_FOR = new RegExp(String.raw`\bworth (?:it|the (?:effort|trouble|hassle))\s+for\s+${QUALIFIERS}${PARTY}\b`, 'i');

/** Words one of the patterns below needs (a gain verb, "in it", "upside", "help", "serve", "after", "seek", "bring"…). */
const GAIN_WORDS = /want|need|get|gain|expect|hope|benefit|in it|upside|help|serve|after|seek|looking for|bring|bother|worth/i;

/** The words naming the party whose gains a question asks about, if it asks. */
function partyWhoseGainsAreAsked(text: string): string | undefined {
  if (!GAIN_WORDS.test(text)) return undefined;
  return (
    ASKS_GAINS.exec(text)?.[1] ??
    NAMED_GAINS.exec(text)?.[1] ??
    IN_IT_FOR.exec(text)?.[1] ??
    FOR_PARTY_GAINS.exec(text)?.[1] ??
    BENEFITS_PARTY.exec(text)?.[1] ??
    BENEFITS_PARTY_AT_ALL.exec(text)?.[1] ??
    SEEKS.exec(text)?.[1] ??
    GAINS_ANYTHING.exec(text)?.[1] ??
    PAPER_SAYS_GAINS.exec(text)?.[1] ??
    BRINGS_PARTY.exec(text)?.[1] ??
    WHY_BOTHER.exec(text)?.[1] ??
    WORTH_IT_FOR.exec(text)?.[1]
  );
}
