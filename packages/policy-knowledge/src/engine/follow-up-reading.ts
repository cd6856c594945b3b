import type { Prediction } from '../classify/types.js';
import { OOS_INTENT } from '../classify/types.js';
import type { Fact } from '../schema/fact.js';
import type { Knowledge } from '../knowledge.js';
import type { Audience } from '../schema/topic.js';
import { askedActor } from '../understand/asked-actor.js';
import { namesOwnStartUp } from '../understand/own-start-up.js';
import { FIELD_CONCEPTS, fieldRelation, fieldRelationAcross, isFieldConcept, UNRELATED_BUSINESS } from '../understand/field-match.js';
import { asksTheirGains, gainingParty } from '../understand/gaining-party.js';
import { questionType, type QuestionType } from '../understand/question-type.js';
import { anyOf } from '../understand/word-pattern.js';
import type { AnswerTools } from './answer-tools.js';
import type { Decision } from './decide.js';
import { COUNTERPART, MIN_TOPIC_SCORE } from './rank-facts.js';
import { factText, VERDICT_LEADS } from './compose-facts.js';
import { namesFigure } from './unsupported-detail.js';
import { WAYS, type VerdictDecision } from './verdict.js';

// How a follow-up, or one part of a message, is read in the light of what was asked before it.

/** Parties nearly every fact names: naming one says nothing about staying on a topic. */
const GENERIC_PARTIES: ReadonlySet<string> = new Set(['teacher', 'school', 'enterprise', 'self']);

/** Topics after an unsure "not covered" that may still be the one a question names. */
const RUNNER_UPS = 1;

/** Below this probability of the "not covered" class, a declined follow-up is too short to judge on its own. */
const WEAK_DECLINE = 0.75;

/**
 * True when a follow-up the classifier declined can stay on the previous topic: it asks for a detail, or names what
 * that topic's facts are about; a decline that is only unsure ("is that so?", "so who pays that?"), or a short fragment
 * that points back ("who signs it?"), may also stay, unless it names a subject only out-of-scope examples speak of
 * ("is it raining?").
 */
export function staysOnTopic(
  tools: AnswerTools,
  { question, corrected: text }: { question: string; corrected: string },
  topicId: string | undefined,
  decline: { reason: string; notCovered: number },
  audience: Audience | undefined,
): boolean {
  const named = tools.concepts.find(text, audience).map((m) => m.concept);
  if (named.some((c) => c === 'detail' || c === 'amount' || c === 'date') || namesFigure(text)) return true;
  // "and later?", "then what?": what comes next in what was just said.
  if (WHAT_NEXT.test(text.trim())) return true;
  // "it'd be a software company doing RFID tracking": a detail told, not asked, is about the case just discussed.
  if (TOLD_DETAIL.test(text.trim()) && !text.includes('?')) return !tools.outOfScopeWords().named(text);
  // "and my friend who works at a private company?": the question just answered, asked of another person.
  if (OF_ANOTHER_PERSON.test(text.trim()) && wordCount(text) <= PERSON_FRAGMENT_WORDS) return !tools.outOfScopeWords().named(text);
  // "as an actual partner or just like an advisor?": a role put to what was just said.
  if (AS_A_ROLE.test(text.trim()) && wordCount(text) <= ROLE_FRAGMENT_WORDS) return !tools.outOfScopeWords().named(text);
  // "in what role could I get involved?": the part one may take in what was just said.
  if (ASKS_ROLE_IN_IT.test(text.trim()) && wordCount(text) <= ROLE_FRAGMENT_WORDS) return !tools.outOfScopeWords().named(text);
  // "…so a bubble tea shop wouldn't count?": what the topic's verdict rules turn on belongs to it too.
  const facts = tools.knowledge.facts.filter((f) => topicId !== undefined && (f.topic === topicId || f.topics.includes(topicId)));
  const about = new Set(facts.flatMap((f) => [...f.about, ...f.unless.flatMap((rule) => rule.when)]));
  if (named.some((c) => about.has(c) && !GENERIC_PARTIES.has(c))) return true;
  // A word of the "not covered" examples; "raining" may have been spelled into "rating": the words as typed are checked too.
  const outside = tools.outOfScopeWords().named(text) || tools.outOfScopeWords().named(question);
  // "can the school refuse and make me stay?" after the school's duty to let a teacher go: a word turning what the
  // topic's facts say ("refuse", "lose") asks of them too, unless it names a subject the guidance never speaks of.
  const turning = new Set(facts.flatMap((f) => f.flipOn));
  if (named.some((c) => turning.has(c)) && !outside) return true;
  // "what's in it for us beyond an extra pair of hands?": what a side gains, asked after an arrangement, is what it gains
  // from that arrangement.
  if (named.includes(BENEFIT) && gainingParty(text, audience) !== undefined && !outside) return true;
  const unsure = decline.reason === 'low-confidence' || decline.notCovered < WEAK_DECLINE;
  // "who signs it?", "what about small firms specifically?": a short fragment that points back and names something
  // or asks who/what/how belongs to the topic, however sure the decline; "is it raining there?" does not.
  const fragment = wordCount(text) <= FRAGMENT_WORDS && (named.length > 0 || ASKS_WHAT.test(text.trim()));
  // "which university?", "whats the catch": three words or fewer cannot name a subject of their own either.
  // "any catch for the teacher?": a catch is always the catch of what was just said.
  // "who does the testing?", "what usually goes wrong?": a short who/what question in the knowledge's own words asks on
  // from the topic ("who does the cooking?" does not).
  const shortAsk = wordCount(text) <= SHORT_ASK_WORDS && ASKS_WHAT.test(text.trim()) && tools.speller.usesOnlyKnowledgeWords(text);
  return (unsure || fragment) && (pointsBack(text) || asksACatch(text) || wordCount(text) <= BARE_FRAGMENT_WORDS || shortAsk) && !outside;
}

/** The concept of what a side gains (knowledge/concepts.yaml). */
const BENEFIT = 'benefit';
/** The concept of a business outside any field taught (knowledge/concepts.yaml). */
const UNRELATED = 'unrelated';

/** "and my friend who works at a private company?", "what about a colleague who's an admin clerk?": another person. */
const PEOPLE = [
  'friends?',
  'colleagues?',
  'wife',
  'husband',
  'partner',
  'brother',
  'sister',
  'cousin',
  'neighbou?r',
  'someone',
  'somebody',
  'people',
  'person',
];
const ASKING_OF = String.raw`^(?:(?:ok|okay|so),?\s+)?(?:and|what about|how about|and what about)\s+`;
const OF_ANOTHER_PERSON = new RegExp(
  String.raw`${ASKING_OF}(?:(?:my|a|an|our|his|her)\s+)?(?:\w+\s+)?(?:${PEOPLE.join('|')})\s+who\b`,
  'i',
);
/** Most words of such a fragment ("and my friend who works at a private company?" has nine). */
const PERSON_FRAGMENT_WORDS = 14;

/** "as an actual partner…?", "or as a mentor?": a fragment naming only the role in which something is done. */
/** Most words of such a fragment ("as an actual partner or just like an advisor?" has nine). */
const ROLE_FRAGMENT_WORDS = 10;
const AS_A_ROLE = /^(?:(?:and|or|so|but|just),?\s+)*as (?:a|an|the|his|her|their|my|our)\b/i;
/** "in what role could I get involved?", "how could we take part?": the part someone may take, asked of what was said. */
const ASKS_ROLE_IN_IT = new RegExp(
  String.raw`^(?:(?:and|so|but|ok|okay),?\s+)*(?:in what (?:role|capacity|way)|what (?:role|part)|how)\s+` +
    String.raw`(?:could|can|would|should|might|may|do|does)\s+(?:i|we|he|she|they|teachers?)\b` +
    String.raw`.*\b(?:involved|take part|participate|join in|join|contribute|help out|help|play)\b`,
  'i',
);

/** "and later?", "then what?", "what happens after that?": a fragment asking only what comes next. */
const NEXT = ['later', 'later on', 'afterwards', 'after that', 'then', 'then what', 'what then', 'what next', 'what happens next'];
const WHAT_NEXT = new RegExp(
  String.raw`^(?:(?:and|so|ok|okay|but),?\s+)?(?:${NEXT.join('|')}|what happens (?:then|after that))\s*\??$`,
  'i',
);

/** The kinds of concept that say what a question is about (not who asks, nor how). */
export const SUBJECT_KINDS: ReadonlySet<string> = new Set(['aspect', 'situation']);
const ASPECT_ONLY: ReadonlySet<string> = new Set(['aspect']);
/** Below this probability, "not covered" won only a toss-up against the topics. */
const TOSS_UP = 0.3;

/**
 * True when a question names what the knowledge's facts are about ("who pays if I get hurt at work" → injury insurance,
 * "how is the mass innovation mode different") and nothing only out-of-scope examples speak of: one of several
 * questions in a message, declined alone, may then be read with the others.
 */
export function namesSubject(
  tools: AnswerTools,
  { question, corrected }: { question: string; corrected: string },
  audience: Audience | undefined,
): boolean {
  const named = tools.concepts.find(corrected, audience).map((m) => m.concept);
  const subject = named.some(
    (c) => SUBJECT_KINDS.has(tools.concepts.kinds.get(c) ?? '') && tools.knowledge.facts.some((f) => f.about.includes(c)),
  );
  return subject && !tools.outOfScopeWords().named(corrected) && !tools.outOfScopeWords().named(question);
}

/** True when a question asks for a figure (an amount, a rate, a percentage) of an aspect the facts speak of. */
function asksFigureOf(tools: AnswerTools, text: string, audience: Audience | undefined): boolean {
  const named = tools.concepts.find(text, audience).map((m) => m.concept);
  return (
    named.includes('amount') &&
    named.some((c) => tools.concepts.kinds.get(c) === 'aspect' && tools.knowledge.facts.some((f) => f.about.includes(c)))
  );
}

/**
 * An unsure "not covered" overruled: one of the next few topics is the one whose facts are about what the question names
 * ("what if I want to quit for good?" → terminating the contract). Undefined when the decline stands.
 */
export function namedRunnerUp(
  tools: AnswerTools,
  text: string,
  prediction: Prediction,
  declined: Decision,
  audience: Audience | undefined,
): Decision | undefined {
  if (declined.kind !== 'unknown' || declined.reason !== 'out-of-scope') return undefined;
  const fieldRuled = fieldCaseTopic(tools, text, prediction);
  if (fieldRuled !== undefined) return fieldRuled;
  // "how much is the injury insurance premium we pay?": a figure asked of what a topic covers is one the guidance does not
  // give ("the guidance doesn't say"), however sure "not covered" is.
  const named = tools.concepts.find(text, audience).map((m) => m.concept);
  const wayRuled = unrelatedCaseOfWay(tools, named);
  if (wayRuled !== undefined) return wayRuled;
  // "…I've been doing weekend work at an IoT company in my field. Am I going to get in trouble?": a fear of sanction
  // over a way the guidance rules on is that way's question, however sure "not covered" is.
  const fearsOverAWay = named.includes('prohibited') && named.some((c) => tools.concepts.kinds.get(c) === 'situation');
  if (notCoveredScore(prediction) >= WEAK_DECLINE && !fearsOverAWay && !asksFigureOf(tools, text, audience)) return undefined;
  if (tools.outOfScopeWords().named(text)) return undefined;
  // A barely preferred "not covered" ("we are hiring a lecturer who has left his post, what do we have to do?") also
  // yields to a topic whose facts are about the situation the question names.
  // "Can the school punish me for starting a company?": a fear of sanction about a situation the guidance rules on is
  // that situation's question, as a barely preferred "not covered" is.
  const kinds = notCoveredScore(prediction) < TOSS_UP || named.includes('prohibited') ? SUBJECT_KINDS : ASPECT_ONLY;
  const aspects = named.filter((c) => kinds.has(tools.concepts.kinds.get(c) ?? '') && !GENERIC_PARTIES.has(c));
  if (aspects.length === 0) return undefined;
  const least = fearsOverAWay ? 0 : MIN_TOPIC_SCORE;
  const topics = prediction.ranked.filter((r) => r.intent !== OOS_INTENT && r.confidence >= least).slice(0, RUNNER_UPS);
  const runnerUp = topics.find((t) =>
    tools.knowledge.facts.some((f) => (f.topic === t.intent || f.topics.includes(t.intent)) && aspects.some((c) => f.about.includes(c))),
  );
  return runnerUp ? { kind: 'answer', intent: runnerUp.intent, confidence: runnerUp.confidence } : undefined;
}

/**
 * "can a history lecturer run a side company selling phone accessories?": a question telling both the field taught and the
 * business's asks the field rule of a way, however sure "not covered" is; the next topic with such a rule, or undefined.
 */
function fieldCaseTopic(tools: AnswerTools, text: string, prediction: Prediction): Decision | undefined {
  if (fieldRelation(text) === undefined) return undefined;
  const topics = prediction.ranked.filter((r) => r.intent !== OOS_INTENT && r.confidence >= MIN_TOPIC_SCORE).slice(0, RUNNER_UPS);
  const ruled = topics.find((t) =>
    tools.knowledge.facts.some((f) => f.topic === t.intent && f.unless.some((r) => r.when.some(isFieldConcept))),
  );
  return ruled ? { kind: 'answer', intent: ruled.intent, confidence: ruled.confidence } : undefined;
}

/**
 * "can I open a bubble tea shop on the side?": a business the knowledge names as outside any field, put to one way of taking
 * part, asks that way's field rule, however sure "not covered" is; the topic of that rule, or undefined.
 */
function unrelatedCaseOfWay(tools: AnswerTools, named: readonly string[]): Decision | undefined {
  const ways = WAYS.filter((way) => named.includes(way));
  if (!named.includes(UNRELATED) || ways.length !== 1) return undefined;
  const ruled = tools.knowledge.facts.find(
    (f) => f.about.includes(ways[0]!) && f.unless.some((r) => r.when.includes(UNRELATED) && r.verdict === 'no'),
  );
  return ruled ? { kind: 'answer', intent: ruled.topic, confidence: MIN_TOPIC_SCORE } : undefined;
}

/**
 * "what happens if neither gets what they want?" after what schools want: the one topic whose facts are about a situation
 * the follow-up names (conflicts) and the previous topic's are not, or undefined when there is no such single topic.
 */
export function topicOfNamedSubject(
  tools: AnswerTools,
  text: string,
  previousTopic: string,
  audience: Audience | undefined,
): string | undefined {
  const { knowledge, concepts } = tools;
  const about = (topic: string, concept: string) =>
    knowledge.facts.some((f) => (f.topic === topic || f.topics.includes(topic)) && f.about.includes(concept));
  const topics = new Set<string>();
  for (const { concept } of concepts.find(text, audience)) {
    if (concepts.kinds.get(concept) !== 'situation' || about(previousTopic, concept)) continue;
    for (const f of knowledge.facts) if (f.about.includes(concept)) topics.add(f.topic);
  }
  return topics.size === 1 ? [...topics][0] : undefined;
}

/** The parties a follow-up names that the previous question did not, when that one named some ("and for us?"). */
export function switchedParties(
  tools: AnswerTools,
  text: string,
  previous: string | undefined,
  audience: Audience | undefined,
): Set<string> {
  if (previous === undefined) return new Set();
  const partiesOf = (t: string) =>
    new Set(tools.concepts.find(t, audience).flatMap((m) => (tools.concepts.kinds.get(m.concept) === 'party' ? [m.concept] : [])));
  const before = partiesOf(previous);
  if (before.size === 0) return new Set();
  return new Set([...partiesOf(text)].filter((c) => !before.has(c)));
}

/**
 * "…do I keep my title evaluation, and how much salary do I get?": a part of a message whose other parts vouch that it
 * is in scope, and that names what facts are about, is about the best ranked topic with such a fact (or the first such
 * fact's topic), however surely the "not covered" class (which learnt the salaries of other jobs) claims it alone.
 */
export function vouchedTopic(
  tools: AnswerTools,
  text: string,
  prediction: Prediction,
  audience: Audience | undefined,
): Decision | undefined {
  const aspects = tools.concepts
    .find(text, audience)
    .map((m) => m.concept)
    .filter((c) => tools.concepts.kinds.get(c) === 'aspect');
  const facts = tools.knowledge.facts.filter((f) => aspects.some((c) => f.about.includes(c)));
  if (facts.length === 0) return undefined;
  const ranked = prediction.ranked.find((r) => facts.some((f) => f.topic === r.intent || f.topics.includes(r.intent)));
  return { kind: 'answer', intent: ranked?.intent ?? facts[0]!.topic, confidence: ranked?.confidence ?? 0 };
}

/** Words by which a follow-up points back at what was said before. */
const PRONOUNS = /\b(?:it|its|that|this|those|they|them|he|him|she|his|her|we|us|ourselves|anything|then)\b/i;
/** "is there a separate one…", "which one is about laws?", "who signs the second one?". */
const ONE_OF_THEM = /\b(?:which|that|this|the|a|separate|other|another) ones?\b|\bthe (?:first|second|third|former|latter|last)\b/i;

/** Which of the previous answer's facts "the first one", "the second", "the latter" points at (-1: the last). */
const ORDINALS: Readonly<Record<string, number>> = { first: 0, former: 0, second: 1, third: 2, latter: -1, last: -1 };
const ORDINAL = /\bthe (first|second|third|former|latter|last)(?: one| of (?:them|those|the two))?\b/i;

/** The fact of the previous answer a follow-up points at by its place ("who signs the second one?"), if it does. */
export function pointedFact(text: string, previous: readonly string[] | undefined): string | undefined {
  const word = ORDINAL.exec(text)?.[1]?.toLowerCase();
  if (word === undefined || previous === undefined || previous.length < 2) return undefined;
  const at = ORDINALS[word]!;
  return previous.at(at);
}

/** "which part is on us exactly?", "which of those does the school pay?": which of the facts just given is a party's. */
const WHICH_IS_WHOSE = /\bwhich (?:part|parts|one|ones|bit|of (?:them|those|these|that))\b/i;
const PARTY_OF_WHICH: readonly [RegExp, 'school' | 'enterprise' | 'teacher' | 'asker'][] = [
  [/\b(?:the|my|our|his|her) (?:school|college|university)\b/i, 'school'],
  [/\b(?:the|my|his|her|their) (?:company|enterprise|firm|start-?up|employer)\b/i, 'enterprise'],
  [/\b(?:us|we|our|me|i|my)\b/i, 'asker'],
];

/** The previous answer's fact that a "which part is on us?" follow-up asks for: the one the named party does. */
export function factOfParty(
  text: string,
  previous: readonly string[],
  factById: ReadonlyMap<string, Fact>,
  audience: Audience | undefined,
): string | undefined {
  if (previous.length < 2 || !WHICH_IS_WHOSE.test(text)) return undefined;
  const named = PARTY_OF_WHICH.find(([pattern]) => pattern.test(text))?.[1];
  const party = named === 'asker' ? audience : named;
  if (party === undefined) return undefined;
  const theirs = previous.filter((id) => factById.get(id)?.by === party);
  return theirs.length === 1 ? theirs[0] : undefined;
}

/**
 * "tell me more about the second one" after a topic listing its subsections' items (the five problems, the six modes):
 * the first fact on the subsection the ordinal points at, when the previous answer was the topic's own text.
 */
export function pointedItem(knowledge: Knowledge, text: string, topicId: string | undefined): string | undefined {
  const word = ORDINAL.exec(text)?.[1]?.toLowerCase();
  const cited = topicId === undefined ? undefined : knowledge.topicById.get(topicId)?.citations;
  if (word === undefined || cited === undefined) return undefined;
  // "2.2-1" is item 2.2; a clause of a whole section ("4-6") is not an item.
  const items = [...new Set(cited.map((c) => c.split('-')[0]!).filter((section) => section.includes('.')))];
  const item = items.length < 2 ? undefined : items.at(ORDINALS[word]!);
  const first = item === undefined ? undefined : cited.find((c) => c.startsWith(`${item}-`));
  return first === undefined ? undefined : knowledge.facts.find((f) => f.clauses[0] === first)?.id;
}

/**
 * "which one deals with salary?" after a topic's whole text (the five points of treatment): the first of that topic's facts
 * about an aspect the question names.
 */
export function itemOfAspect(
  tools: AnswerTools,
  text: string,
  topicId: string | undefined,
  audience: Audience | undefined,
): string | undefined {
  if (topicId === undefined || !WHICH_IS_WHOSE.test(text)) return undefined;
  const aspects = tools.concepts
    .find(text, audience)
    .map((m) => m.concept)
    .filter((c) => tools.concepts.kinds.get(c) === 'aspect');
  if (aspects.length === 0) return undefined;
  const ofTopic = tools.knowledge.facts.filter((f) => f.topic === topicId || f.topics.includes(topicId));
  return ofTopic.find((f) => aspects.some((c) => f.about.includes(c)))?.id;
}

// "…anything in this mode?", "…help with that?": a longer question pointing back at the subject just discussed.
// ("…my role in that one?" after a mode was named: "that one" is that mode.)
const POINTED_SUBJECT = new RegExp(
  String.raw`\b(?:this|that|the same) (?:mode|model|route|arrangement|scheme|set-?up|programme|program)\b` +
    String.raw`|\b(?:in|under|for|with) (?:that|this) one\b`,
  'i',
);
const TRAILING_POINTER = /\b(?:(?:with|about|for|to|on|from|of|in|by) (?:that|this|it|them|those)|in there)\s*[?.!]*$/i;
// ("would working through a teacher-run company help?" asks it as yes or no.)
const HOW_WOULD = String.raw`(?:how )?(?:does|do|would|could|can|will|might|is|are)`;
const HANDLES_IT = String.raw`(?:deal with|handle|address|fix) (?:that|this|it)`;
// ("how would the teacher-entrepreneur version work instead?": how the teacher's way would go in the catch's place.)
// ("how would the teacher-entrepreneur version work, timeline-wise?": how it would go, in some respect.)
const WORKS = String.raw`work(?: instead| differently| in practice|,? [\w-]+-wise)`;
const HELPS = String.raw`(?:help|change (?:that|this|it)|improve (?:that|this|it|things)|${WORKS}|${HANDLES_IT})`;
// ("how are entrepreneurial teachers supposed to help with the programme?")
const MEANT_TO = String.raw`(?:(?:supposed|meant|going|able) to )?`;
const A_TEACHER = String.raw`(?:[\w-]+ ){0,3}?(?:the |a |an )?(?:entrepreneurial[ -])?teacher[\w' -]*`;
// ("…help with the program?": a general word for the subject just discussed points back at it too.)
const GENERAL_SUBJECTS = String.raw`(?:program|programme|project|course|partnership|cooperation|problems?|issues?)`;
// ("…help with designing the talent training programme too?": the subject may be named whole, with what is done to it.)
const HELPED =
  String.raw`(?: us| you| them)?(?: there| here| with (?:that|this|it|(?:\w+ing )?the (?:[\w-]+ ){0,3}${GENERAL_SUBJECTS}))?` +
  String.raw`(?: too| as well)?`;
/** "how does the teacher-startup idea help?", "how would working with an entrepreneurial teacher help us there?": the
 * paper's remedy, asked without "fix". */
export const TEACHERS_HELP = new RegExp(
  String.raw`^(?:(?:and|so|but|also|ok|okay),?\s+){0,2}${HOW_WOULD} ${A_TEACHER} ${MEANT_TO}${HELPS}${HELPED}\s*\??$`,
  'i',
);
/** "what's different when a teacher's own company is involved?": what the teacher's way changes, the paper's remedy. */
export const TEACHERS_DIFFERENCE = new RegExp(
  String.raw`^(?:(?:and|so|but)\s+)?what(?:'s| is| would be)? (?:different|changes|would change) (?:when|with|if|once) ${A_TEACHER}\s*\??$`,
  'i',
);
// ("…do it any better?": the thing done and "any" may both stand before it.)
const DO_BETTER = String.raw`(?:do|work|run|go|be) (?:(?:it|that|this|things) )?(?:any |anything )?better`;
// ("why are teacher-entrepreneurs better placed for it?": better suited to the thing just named.)
const BETTER_SUITED = String.raw`better (?:placed|suited|positioned|equipped)(?: (?:for|to do|to handle|to run) (?:it|that|this))?`;
// ("why is the teacher-entrepreneur version supposedly better?": better said of it with a word weighing the claim.)
const WEIGHED_BETTER = String.raw`(?:supposedly|really|actually) better`;
const MAKE_BETTER = String.raw`make (?:it|that|this|things) (?:any )?better|better at (?:it|that|this)|${WEIGHED_BETTER}`;
const BETTER = String.raw`(?:${DO_BETTER}|${MAKE_BETTER}|${BETTER_SUITED})(?: there| here)?`;
/** "and how do teacher-founded companies do better?", "why would a teacher run that better?", "would a company run by a
 * teacher do any better?": asking what does better than the catch just described. */
export const DOES_BETTER = new RegExp(
  String.raw`^(?:(?:and|so|but)\s+)?(?:(?:how|why) )?(?:does|do|would|could|can|will|might|is|are) [\w' -]+ ${BETTER}\b`,
  'i',
);
const DOES_BETTER_WORDS = new RegExp(String.raw`\b${BETTER}\b`, 'i');
const COMPARED_WITH = /\s+than\b[^?]*/i;
/** Most words of a question that points back only by a pronoun at its end ("so how does a startup help with that?"). */
const POINTER_WORDS = 12;

/**
 * How a longer question points back at the previous subject: by naming it ("…anything in this mode?", `named`) or by a
 * pronoun at its end ("…help with that?"), with the pointing words taken out. Undefined when it does not.
 */
export function pointingAtSubject(text: string): { rest: string; named: boolean } | undefined {
  if (POINTED_SUBJECT.test(text)) return { rest: text.replace(POINTED_SUBJECT, ''), named: true };
  // "how do teacher-founded companies do better?": better than what was just described.
  // ("…do better there than a normal partner firm?": what it is compared with does not count.)
  if (wordCount(text.replace(COMPARED_WITH, '')) <= POINTER_WORDS && DOES_BETTER.test(text.trim()))
    return { rest: text.replace(DOES_BETTER_WORDS, '').replace(COMPARED_WITH, ''), named: false };
  // "how would a teacher-run company help?": help with what was just described.
  if (TEACHERS_HELP.test(text.trim())) return { rest: '', named: false };
  if (wordCount(text) <= POINTER_WORDS && TRAILING_POINTER.test(text.trim()))
    return { rest: text.trim().replace(TRAILING_POINTER, ''), named: false };
  return undefined;
}

/** "does the school get to say no?", "can the college refuse?", "do they get a say?": a verb (or a say) whose object is
 * what was just asked about. */
const OBJECTLESS = /\b(?:say no|refuse|object|veto|decline|block|stop|allow|approve|agree|a say|any say)\s*[?.!]*$/i;
/** Most words of a question read as a follow-up for ending on such a verb. */
const MAX_OBJECTLESS_WORDS = 8;

/** True for a short question ending on a verb without its object ("does the school get to say no?"). */
export function endsWithoutObject(question: string): boolean {
  return question.trim().split(/\s+/).length <= MAX_OBJECTLESS_WORDS && OBJECTLESS.test(question.trim());
}

/** True when a follow-up points back at what was said before ("who signs it?", "and for small firms?", "can they say no?"). */
export function pointsBack(text: string): boolean {
  return PRONOUNS.test(text) || ONE_OF_THEM.test(text) || CONTINUATION.test(text.trim()) || endsWithoutObject(text);
}

/** The parties whose gains a question can ask about. */
const GAINING_PARTIES: ReadonlySet<string> = new Set(['school', 'enterprise', 'teacher']);

/**
 * "what do companies want from a college?" → "and the college?" (or that question asked again of the college): the other
 * party's gains. Undefined when the previous question asked no party's gains or this one asks the same party's.
 */
export function continuedGainer(
  tools: AnswerTools,
  text: string,
  previous: string | undefined,
  audience: Audience | undefined,
): string | undefined {
  if (previous === undefined) return undefined;
  const before = gainingParty(previous, audience);
  if (before === undefined) return undefined;
  // "what do we gain…?" then "and what's in it for them?": them is the other side.
  const now = gainingParty(text, audience) ?? partyAlone(tools, text, audience) ?? (asksTheirGains(text) ? COUNTERPART[before] : undefined);
  return now !== before ? now : undefined;
}

/** The school or enterprise a fragment that asks nothing else names ("and the college?"). */
function partyAlone(tools: AnswerTools, text: string, audience: Audience | undefined): string | undefined {
  if (!CONTINUATION.test(text.trim()) || wordCount(text) > FRAGMENT_WORDS) return undefined;
  const named = tools.concepts.find(text, audience).map((m) => m.concept);
  if (named.some((c) => SUBJECT_KINDS.has(tools.concepts.kinds.get(c) ?? ''))) return undefined;
  return named.find((c) => GAINING_PARTIES.has(c));
}

/** True when a question names a situation (a way of taking part, a cooperation mode) of its own. */
export function namesSituation(tools: AnswerTools, text: string, audience: Audience | undefined): boolean {
  return tools.concepts.find(text, audience).some((m) => tools.concepts.kinds.get(m.concept) === 'situation');
}

/** True when a follow-up asks about an aspect the previous question did not name ("…the guidance? and who is it for?"). */
export function namesNewAspect(
  tools: AnswerTools,
  text: string,
  type: QuestionType,
  previous: string,
  audience: Audience | undefined,
): boolean {
  const before = new Set(aspectsOf(tools, previous, audience));
  return followUpAspects(tools, text, type, audience).some((c) => !before.has(c));
}

/** "how long before I leave must I tell them?", "提前多久": a time ahead of something, which no duration of it answers. */
const LEAD_TIME = /\b(?:in advance|ahead|beforehand|before|notice)\b|提前/i;
/** How many of the leading facts are looked through for one that states what a question's type asks. */
const STATING_CANDIDATES = 3;

/**
 * "If I leave to found a tech company, for how long?": among the leading facts, the one of a situation the question names
 * that states what its type asks (a duration, an amount), when the best does not; undefined otherwise.
 */
export function statingOfSituation(
  tools: AnswerTools,
  ranked: readonly { fact: Fact }[],
  text: string,
  type: QuestionType,
  concepts: ReadonlySet<string>,
): string | undefined {
  const asked = TYPE_ASPECTS[type];
  const best = ranked[0]?.fact;
  if (asked === undefined || best === undefined || best.states.some((kind) => kind === asked) || LEAD_TIME.test(text)) return undefined;
  const situations = [...concepts].filter((c) => tools.concepts.kinds.get(c) === 'situation');
  return ranked
    .slice(0, STATING_CANDIDATES)
    .find((r) => r.fact.states.some((kind) => kind === asked) && situations.some((c) => r.fact.about.includes(c)))?.fact.id;
}

/** How many of the leading facts are looked through for a figure asked of what was just discussed. */
const FIGURE_CANDIDATES = 5;

/** "there was a stat about graduates in there, what was it?": the leading facts that give a figure. */
export function figuresAmongLeading(ranked: readonly { fact: Fact }[]): string[] {
  return ranked
    .slice(0, FIGURE_CANDIDATES)
    .filter((r) => r.fact.states.includes('amount'))
    .map((r) => r.fact.id);
}

/** The facts among `ranked` that state what a question of this type asks ("how long?" → a duration), on the previous answer's subject. */
export function statingFacts(
  knowledge: Knowledge,
  ranked: readonly { fact: Fact }[],
  type: QuestionType,
  previous: readonly string[],
): string[] {
  const asked = TYPE_ASPECTS[type];
  // "how long?" after leaving the post: the three years belong to that subject; after the over-staffing rule they do not.
  const subjects = new Set(previous.flatMap((id) => knowledge.factById.get(id)?.topic ?? []));
  return ranked
    .filter((r) => r.fact.states.some((kind) => kind === asked) && [r.fact.topic, ...r.fact.topics].some((t) => subjects.has(t)))
    .map((r) => r.fact.id);
}

/** True for a bare fragment that names nothing but what its question word asks ("for how long?", "how much?"). */
export function asksOnlyItsType(tools: AnswerTools, text: string, type: QuestionType, audience: Audience | undefined): boolean {
  if (wordCount(text) > BARE_FRAGMENT_WORDS || TYPE_ASPECTS[type] === undefined) return false;
  return tools.concepts.find(text, audience).every((m) => m.concept === TYPE_ASPECTS[type]);
}

/** The aspect a question word names by itself ("how long" → duration). */
const TYPE_ASPECTS: Partial<Record<QuestionType, string>> = { 'how-long': 'duration', 'how-much': 'amount' };

/**
 * The aspects a follow-up names of its own; in a bare fragment ("for how long?") not the one its question word names,
 * so it asks about what was just said.
 */
function followUpAspects(tools: AnswerTools, text: string, type: QuestionType, audience: Audience | undefined): string[] {
  return aspectsOf(tools, text, audience).filter((c) => !namedByQuestionWord(c, text, type));
}

/** True when a bare fragment names a concept only by its question word ("for how long?" → duration). */
function namedByQuestionWord(concept: string, text: string, type: QuestionType): boolean {
  return concept === TYPE_ASPECTS[type] && wordCount(text) <= BARE_FRAGMENT_WORDS;
}

/** The aspects a question names ("who pays my injury insurance?" → injury insurance). */
export function aspectsOf(tools: AnswerTools, text: string, audience: Audience | undefined): string[] {
  return tools.concepts.find(text, audience).flatMap((m) => (tools.concepts.kinds.get(m.concept) === 'aspect' ? [m.concept] : []));
}

/** The number of words of a text. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** A question asking for a person, a thing or a way ("who decides it then?", "in what role?"), not whether something is so. */
const ASKS_WHAT = /^(?:(?:and|so|but)\s+)?(?:(?:in|as|for|by|to|from|with|under)\s+)?(?:who|whom|what|which|how)\b/i;

/** A follow-up this short points back even without a pronoun ("which university?"). */
export const BARE_FRAGMENT_WORDS = 3;

/** A who/what follow-up this short, in the knowledge's own words, asks on from the topic however sure the decline. */
const SHORT_ASK_WORDS = 5;

/** A follow-up this short cannot name its topic on its own. */
export const FRAGMENT_WORDS = 7;

// "and rewards?", "what about research institutes?", "and if I come back early instead?", "training too?": a fragment that
// asks nothing of its own.
/** "same for small firms?", "is it the same for us?", "same rule if she leaves?": whether what was just said holds for another. */
const SAME_FOR = /^(?:is it |and |but )?(?:the )?same(?: (?:rule|rules|thing|deal|answer|story))? (?:for|with|goes for|if|when)\b/i;
const CONTINUATION = new RegExp(
  String.raw`^(?:(?:ok|okay|so|right),?\s+)?(?:and|or|also|plus|what about|how about|and what about|and if|what if|but if)\b` +
    // "…does my start-up need to be a tech company? If I leave my post?": the question before, asked under that condition.
    String.raw`|^(?:if|when|once|even if)\s[^?]{1,40}\?\s*$` +
    String.raw`|^[\w' -]{1,40}\b(?:too|as well)\s*\??$|${SAME_FOR.source}`,
  'i',
);
// "same for medical treatment?", "is that also how my medical benefits are handled?": whether the previous answer holds
// for another thing too.
// "and work injury insurance? same?": a thing named, then "same?" alone.
const SAME_TAIL = String.raw`[\s,.;?!-](?:the )?same(?: (?:thing|deal|way|rule|rules|answer))?\s*\??\s*$`;
const SAME_AS_BEFORE = new RegExp(
  String.raw`${SAME_FOR.source}|^(?:(?:ok|okay|so|and|but),?\s+)?(?:is|are|does) (?:that|this|it) (?:also|the same)\b|${SAME_TAIL}`,
  'i',
);

const ENDS_ASKING_SAME = new RegExp(SAME_TAIL, 'i');

/** A follow-up opening on a case of its own ("and if I start my own company instead, same deal?"). */
const NAMES_OWN_CASE = /^(?:(?:ok|okay|so|and|but),?\s+)*(?:what )?if (?:i|we|he|she|they)\b/i;

/** "…handled the same way?", "is it treated the same way?": whether two things are handled alike. */
const HANDLED_ALIKE = /\b(?:handled|treated|dealt with|decided|settled|done|worked out)\s+(?:in\s+)?(?:the same way|alike|likewise)\b/i;

/** True for "is medical treatment handled the same way?": whether what the previous answer said holds of another thing too. */
export function asksHandledAlike(text: string): boolean {
  return HANDLED_ALIKE.test(text);
}

/**
 * The verdict of "same for X?" after a question of who, what or how that the same fact answered ("who decides my salary
 * then?" → "same for medical treatment?"): the fact that said it of the one says it of the other, so yes.
 */
export function sameAsPreviousAnswer(
  text: string,
  fact: Fact,
  context: { facts?: readonly string[]; type?: QuestionType | undefined } | undefined,
  factById: ReadonlyMap<string, Fact>,
): VerdictDecision | undefined {
  const asksSame = SAME_AS_BEFORE.test(text.trim()) || HANDLED_ALIKE.test(text);
  if (context?.type === undefined || context.type === 'choice' || !asksSame) return undefined;
  const previous = (context.facts ?? []).flatMap((id) => factById.get(id) ?? []);
  // "does it have to be in my field?" (on-the-job start-ups) then "same rule for the leaving-my-post case?": another route's
  // fact answers, so the rule is not the same.
  // "ok and if I start my own RFID company while still teaching, same deal?" names its own case: whether it is allowed
  // there too is for the fact of that case to say.
  if (!previous.includes(fact) && onOtherRoute(fact, previous) && !NAMES_OWN_CASE.test(text.trim()))
    return {
      verdict: 'no',
      rule: `asks whether the previous answer holds on another route; ${fact.id} says what holds there`,
      with: [],
      firm: true,
    };
  // "…the school keeps my social insurance" → "and work injury insurance? same?": another party does it, so not the same.
  const doers = new Set(previous.flatMap((f) => (f.by === undefined ? [] : [f.by])));
  if (!previous.includes(fact) && fact.by !== undefined && doers.size > 0 && !doers.has(fact.by))
    return {
      verdict: 'no',
      rule: `asks whether the previous answer holds here too; ${fact.id} has the ${fact.by} do it, not the ${[...doers].join(' or ')}`,
      with: [],
      firm: true,
    };
  // "medical treatment handled the same way?" asks whether the two are handled alike, whatever was asked before.
  if ((context.type === 'yes-no' && !HANDLED_ALIKE.test(text)) || !previous.includes(fact)) return undefined;
  return {
    verdict: 'yes',
    rule: `asks whether the previous answer holds here too; the same fact (${fact.id}) says so`,
    with: [],
    firm: true,
  };
}

/** "does that include injury insurance?", "does it cover how income gets split?": whether what was just said includes more. */
const INCLUDES_MORE = /^(?:(?:and|so|but|ok|okay),?\s+)?(?:does|do|would|will)\s+(?:that|it|this)\s+(?:also\s+)?(?:include|cover)\b/i;

/**
 * "does that include injury insurance?" after the school's social insurance: the thing asked about is another topic's
 * fact (the enterprise pays injury insurance), so what was just said does not include it.
 */
export function includedElsewhere(
  text: string,
  fact: Fact,
  previousFacts: readonly string[] | undefined,
  factById: ReadonlyMap<string, Fact>,
): VerdictDecision | undefined {
  if (previousFacts === undefined || previousFacts.length === 0 || !INCLUDES_MORE.test(text.trim())) return undefined;
  const previous = previousFacts.flatMap((id) => factById.get(id) ?? []);
  if (previous.includes(fact) || previous.some((f) => f.topic === fact.topic)) return undefined;
  return {
    verdict: 'no',
    rule: `asks whether the previous answer includes what another topic's fact (${fact.id}) says`,
    with: [],
    firm: true,
  };
}

/** A fact on what leaving the post brings (insurance, titles, salary, return): the guidance says it of that way alone. */
function isLeaveTreatment(fact: Fact): boolean {
  return fact.about.includes('leave') && !fact.about.includes('condition');
}

/** "…part-time instead of on leave", "she isn't off post": a way named only to be set aside. */
const SET_ASIDE = /\b(?:instead of|rather than)\b[^,?]*|\b(?:isn't|is not|aren't|are not|not) (?:off[- ]post|on leave)\b/gi;
/** "what if I keep teaching and run it on the side instead?": another way of taking part put as a case. */
const ANOTHER_WAY_PUT = /^(?:(?:hmm+|ok|okay|so|and|but)\W+)*what if (?:i|we|he|she|they)\b/i;
/** "…does that apply too?", "same for…": whether the rule just given holds. */
const SAME_RULE_ASKED = /\b(?:same|too|also|as well|apply|applies|still)\b/i;
/** The ways of taking part other than leaving the post, of which the guidance gives only the conditions. */
const STAYING_WAYS = WAYS.filter((w) => w !== 'leave');

/**
 * "and if I'm just part-time instead, does the company pay that too?" after the injury-insurance rule of leaving the
 * post, or "do I keep my social insurance in that case?" after a start-up kept beside the teaching job: the guidance
 * gives that rule for leaving the post alone, so for the way asked about it does not say. Undefined when the follow-up
 * names an aspect of its own, or the facts involved are not one way's condition and another way's treatment.
 */
export function treatmentOfAnotherWay(
  tools: AnswerTools,
  text: string,
  best: Fact,
  previousFacts: readonly string[] | undefined,
  audience: Audience | undefined,
  earlierFacts: readonly (readonly string[])[] = [],
): { decision: VerdictDecision; facts: Fact[]; text: string } | undefined {
  if (previousFacts === undefined || previousFacts.length === 0) return undefined;
  const factsOf = (ids: readonly string[]) => ids.flatMap((id) => tools.knowledge.factById.get(id) ?? []);
  const previous = factsOf(previousFacts);
  const named = new Set(tools.concepts.find(text.replace(SET_ASIDE, ''), audience).map((m) => m.concept));
  const asked = STAYING_WAYS.filter((w) => named.has(w));
  const decision = (way: string): VerdictDecision => ({
    verdict: 'not-stated',
    rule: `the rule asked about is given for leaving the post, the conversation is about ${way}`,
    with: [],
    firm: true,
  });
  // "same for a colleague who only works part-time?" after a rule of leaving the post: that rule, and the other way's own.
  const first = previous[0];
  if (asked.length > 0 && !named.has('leave') && first !== undefined && isLeaveTreatment(first) && !isLeaveTreatment(best)) {
    // ("does that apply to her too?" asks whether the rule reaches her: "apply to" names no aspect of its own.)
    if (aspectsOf(tools, text, audience).some((aspect) => aspect !== 'scope')) return undefined;
    // ("what if I keep teaching and run it on the side instead?" asks whether the other way may be taken, not the rule.)
    if (ANOTHER_WAY_PUT.test(text) && !SAME_RULE_ASKED.test(text)) return undefined;
    const label = WAY_LABELS[asked[0]!]!;
    const said = `${unsaid(label)} ${LEAVE_RULE} ${factText(first, audience)} For ${label} it says: ${factText(best, audience)}`;
    return { decision: decision(asked.join(', ')), facts: [first, best], text: said };
  }
  // "do I keep my social insurance in that case?" while a start-up beside the job is discussed: the rule of leaving.
  // The way is the one the latest answer naming any way was about ("ok so an RFID startup would be fine?" in between).
  const aboutWay = [previous, ...earlierFacts.map(factsOf)].find((facts) => facts.some((f) => WAYS.some((w) => f.about.includes(w)))) ?? [];
  const before = STAYING_WAYS.filter((w) => aboutWay.some((f) => f.about.includes(w)));
  if (WAYS.some((w) => named.has(w)) || before.length === 0 || !isLeaveTreatment(best) || aboutWay.some((f) => f.about.includes('leave')))
    return undefined;
  const label = WAY_LABELS[before[0]!]!;
  // "does the three-year limit apply to me too then?" while a start-up beside the job is discussed: that limit is set for
  // leaving the post, so for the way asked about it does not apply.
  if (best.states.includes('duration') && ASKS_IF_LIMIT_APPLIES.test(text))
    return {
      decision: {
        verdict: 'no',
        rule: `the limit asked about is set for leaving the post, not for ${before.join(', ')}`,
        with: [],
        firm: true,
      },
      facts: [best],
      text: `${VERDICT_LEADS.no} That limit is set for leaving the post, not for ${label}. ${LEAVE_RULE} ${factText(best, audience)}`,
    };
  return { decision: decision(before.join(', ')), facts: [best], text: `${unsaid(label)} ${LEAVE_RULE} ${factText(best, audience)}` };
}

/**
 * "who pays his work-injury insurance? he's part-time and still teaching": a rule the guidance gives for leaving the post,
 * asked of part-time work or a start-up kept beside the post, is not stated for it. Undefined when the question names
 * leaving the post too.
 */
export function treatmentOfNamedWay(
  tools: AnswerTools,
  text: string,
  best: Fact,
  audience: Audience | undefined,
): { decision: VerdictDecision; facts: Fact[]; text: string } | undefined {
  if (!isLeaveRule(best)) return undefined;
  const named = new Set(tools.concepts.find(text.replace(SET_ASIDE, ''), audience).map((m) => m.concept));
  // "is there a time limit on how long I can run a startup while staying in my post?": the limit is leaving's.
  const way = STAYING_WAYS.find((w) => named.has(w));
  if (way === undefined || named.has('leave')) return undefined;
  return {
    decision: {
      verdict: 'not-stated',
      rule: `the rule asked about is given for leaving the post, the question is about ${way}`,
      with: [],
      firm: true,
    },
    facts: [best],
    text: `${unsaid(WAY_LABELS[way]!)} ${LEAVE_RULE} ${factText(best, audience)}`,
  };
}

/** True for a fact of what leaving the post brings (its insurance, title, salary, return): a topic of its own. */
function isLeaveRule(fact: Fact): boolean {
  return fact.topic.startsWith('leave.') && isLeaveTreatment(fact);
}

/** "does the 3-year limit apply to that too?": whether a limit given for one way holds for another. */
const ASKS_IF_LIMIT_APPLIES = /\blimit\b[^?]*\bappl(?:y|ies)\b|\bappl(?:y|ies)\b[^?]*\blimit\b/i;

/** How an answer names the ways of taking part whose treatment the guidance leaves open. */
const WAY_LABELS: Readonly<Record<string, string>> = { 'part-time': 'part-time work', 'in-post': 'a start-up while staying in post' };
/** What introduces the rule given for leaving the post. */
const LEAVE_RULE = 'It gives this rule for leaving the post:';

/** "The guidance doesn't say for part-time work.": the not-stated lead, naming the way asked about. */
function unsaid(label: string): string {
  return `${VERDICT_LEADS['not-stated'].replace(/\.$/, '')} for ${label}.`;
}

/** The paper's six cooperation modes. */
const MODES = ['teachers-team', 'teaching-resources', 'training-base', 'training-programme', 'order-based', 'mass-innovation'];
/** The ways of taking part whose rules differ: the guidance's three routes and the paper's six cooperation modes. */
const ROUTES: ReadonlySet<string> = new Set([...WAYS, ...MODES]);

/** True when a fact is about a route or mode and none of the previous facts is about that one, though some are about another. */
function onOtherRoute(fact: Fact, previous: readonly Fact[]): boolean {
  const routes = fact.about.filter((c) => ROUTES.has(c));
  const before = new Set(previous.flatMap((f) => f.about.filter((c) => ROUTES.has(c))));
  return routes.length > 0 && before.size > 0 && !routes.some((c) => before.has(c));
}

/** The doer of a fragment that asks yes or no only by following one ("and her pension contributions?"): the previous one's. */
export function continuedActor(
  text: string,
  type: QuestionType,
  previous: string | undefined,
  audience: Audience | undefined,
): string | undefined {
  const own = askedActor(text, audience);
  if (own !== undefined || previous === undefined || type !== 'yes-no' || questionType(text) === 'yes-no') return own;
  return askedActor(previous, audience);
}

/** "ok and if I want to return before that?": whether one may. */
const IF_ONE_WANTS = /\bif (?:i|we|he|she|they|the teacher) (?:want|wants|wish|wishes|decide|decides|plan|plans) to\b/i;

const CATCHES = [
  'conditions?',
  'restrictions?',
  'requirements?',
  'limits?',
  'limitations?',
  'rules?',
  'catch',
  'exceptions?',
  'strings',
  'downsides?',
  'drawbacks?',
  'demands?',
];
const ASKS_A_CATCH = new RegExp(String.raw`^(?:(?:so|and|but|ok|okay),?\s+)?any\s+(?:${CATCHES.join('|')})\b`, 'i');

/** True for "any condition on what kind?", "any restrictions on which company?": whether what was just said has a catch. */
export function asksACatch(text: string): boolean {
  return ASKS_A_CATCH.test(text.trim());
}

/** A fragment of a few words naming a thing, no question word ("work injury?", "permanently over?"). */
const BARE_NOUN_FRAGMENT = /^(?!(?:what|which|who|whom|whose|how|why|where|when)\b)[\w'-]+(?:\s+[\w'-]+){0,2}\s*\?$/i;
/** "only university teachers?", "just the school?": a few words claiming one thing alone. */
const ONLY_CLAIMED = /^(?:(?:so|and|or),?\s+)?(?:only|just|solely)\s+[\w' -]{1,40}\?$/i;
/** Another case offered in place of the last, a few words and "then" ("ok fine, an accounting-software startup then?"). */
const CASE_INSTEAD = new RegExp(
  String.raw`^(?:(?:ok|okay|fine|alright|so|and|hmm+),?\s+)*(?!(?:what|which|who|whom|whose|how|why|where|when)\b)` +
    String.raw`[\w'-]+(?:\s+[\w'-]+){0,3}\s+(?:then|instead)\s*\?$`,
  'i',
);
/** A detail told, or asked as a statement ("i teach accounting and it'd be a drone repair shop", "it has to relate to what I teach?"). */
const TELLERS = [
  'i',
  "i'm",
  "i'd",
  'it',
  "it's",
  'its',
  "it'd",
  'it would',
  'we',
  "we're",
  'he',
  'she',
  "he's",
  "she's",
  'my',
  'our',
  'his',
  'her',
];
const TOLD_THINGS = '(?:company|firm|business|startup|start-up|idea)';
const TOLD_DETAIL = new RegExp(String.raw`^(?:${anyOf(TELLERS)}|the ${TOLD_THINGS})\b[^?]*\??$`, 'i');
/** "what kind of company can I found?", "any requirement?": a question of what is allowed, which a told detail answers back to. */
const ASKS_WHAT_IS_ALLOWED = new RegExp(
  String.raw`\b(?:what|which)\s+(?:kinds?|sorts?|types?)\s+of\b|\bany\s+(?:requirements?|conditions?|restrictions?)\b` +
    String.raw`|\bwhat(?:'s| is| are)?\s+(?:the\s+)?(?:requirements?|conditions?)\b`,
  'i',
);
/** "so the annual assessment too?", "small firms as well?": one more thing, named alone. */
const ALSO_THIS = /^(?:(?:so|and|ok|okay),?\s+)?[\w' -]{1,40}\b(?:too|as well)\s*\??$/i;

/** "how about…?": "what about…?" in other words. */
const HOW_ABOUT = /^(?:(?:and|but|so|ok|okay),?\s+)?how about\b/i;

/**
 * The type of a follow-up fragment: after a yes/no question ("does the school keep my training?" → "and rewards?") or a
 * question of who ("who is it for?" → "what about research institutes?"), a fragment asking nothing of its own asks
 * whether the same holds.
 */
export function continuedType(own: QuestionType, text: string, previous: string | undefined, previousType?: QuestionType): QuestionType {
  // ("how about…?" asks no "how": it is "what about…?".)
  if (previous === undefined || (own !== 'what' && !HOW_ABOUT.test(text.trim()))) return own;
  // "work injury?", "after four years?", "it'd be a bakery, nothing to do with IoT": the yes/no question asked again of them.
  // "Who is this guidance for? Only university teachers?": a claim that it is one thing alone, to confirm or deny.
  if (ONLY_CLAIMED.test(text.trim())) return 'yes-no';
  const before = previousType ?? questionType(previous);
  if (before === 'yes-no' && [BARE_NOUN_FRAGMENT, TOLD_DETAIL, CASE_INSTEAD].some((fragment) => fragment.test(text.trim())))
    return 'yes-no';
  // "what kind of company can I found if I leave?" → "it'd be a software company doing RFID tracking": does that qualify?
  if (ASKS_WHAT_IS_ALLOWED.test(previous) && TOLD_DETAIL.test(text.trim()) && !text.includes('?')) return 'yes-no';
  if (!CONTINUATION.test(text.trim())) return own;
  // "what about a friend who's an engineer…": a relative "who" asks nothing of its own.
  const rest = text
    .trim()
    .replace(/^(?:and )?(?:what about|how about|what if)\b/i, '')
    .replace(/(?<=\S\s+)(?:who|which|that)(?:'s|'re| is| are| was| were| works?| teach\w*| has| have)\b/gi, '');
  // ("whats the condition?": a question word typed without its apostrophe asks too.)
  if (/\b(?:what|whats|wats|which|who|how|why|where|when)\b/i.test(rest)) return own;
  // "so the annual assessment too?": whether it holds of one more thing, whatever the question before asked.
  if (SAME_FOR.test(text.trim()) || (IF_ONE_WANTS.test(text) && !/\bwhat if\b/i.test(text)) || ALSO_THIS.test(text.trim())) return 'yes-no';
  // "and work injury insurance? same deal?": whether what was just said holds of it too, whatever was asked before.
  if (ENDS_ASKING_SAME.test(text)) return 'yes-no';
  return before === 'yes-no' || before === 'who' ? 'yes-no' : own;
}

/** The probability the classifier gives the "not covered" class. */
export function notCoveredScore(prediction: Prediction): number {
  return prediction.ranked.find((r) => r.intent === OOS_INTENT)?.confidence ?? 0;
}

/** "does that go for…", "does the same apply to…": whether the answer just given holds of one more thing. */
const THAT_GOES_FOR = /\b(?:does|do|would|will)\s+(?:that|this|the same)\s+(?:go|apply|hold|count|stand)\s+(?:for|to)\b/i;
/** Who pays, carried into a question on whether the same side pays for one more thing. */
const PAYING = 'pay';

/** A statement closed by a full stop, then the question: "I'm 18 months into my leave. Can I resign now?". */
const TOLD_THEN_ASKED = /^[^?]*[.!]\s+(?=[^.!?]+\?\s*$)/;

/** A condition opening the question, cut off by a comma: "and if it flops after like 8 months, can i come back early?". */
const TOLD_AS_CONDITION = /^(?:(?:and|but|so)\s+)?(?:if|when|once|say)\b[^,?]*,\s*(?=[^,]+\?\s*$)/i;

/** The concept of a detail asked (a figure, a procedure, who signs off). */
const DETAIL = 'detail';
/** A question pointing at the case told before it ("Is that true?"): what it asks is what was told. */
const POINTS_AT_TOLD = /\b(?:that|this|it|so)\b/i;

/** True when a concept is named only in the case a message tells before its own question, which asks of something else. */
function toldOnly(tools: AnswerTools, text: string, concept: string, audience: Audience | undefined): boolean {
  const asked = text.replace(TOLD_THEN_ASKED, '');
  if (asked === text || POINTS_AT_TOLD.test(asked)) return false;
  return !tools.concepts.find(asked, audience).some((m) => m.concept === concept);
}

/** The question of a message that first tells its case, in sentences of its own or as a condition; otherwise the whole text. */
function askedSentence(text: string): string {
  return text.replace(TOLD_THEN_ASKED, '').replace(TOLD_AS_CONDITION, '');
}

/** The contrary offered as the other choice of a yes/no question ("…change, or stays as is?"). */
const OR_STAYS_THE_SAME = new RegExp(
  String.raw`,?\s+or\s+(?:(?:does|will|would|do|is) (?:it|they) )?(?:stays?|remains?|staying|remaining)\s+` +
    String.raw`(?:the same|as is|as it is|as they are|unchanged)\b`,
  'gi',
);

/**
 * The aspects the newest question of a remembered conversation names ("and the work injury insurance?" remembered before
 * the question it followed), when it names any and more questions follow it; undefined otherwise.
 */
function aspectsOfNewest(tools: AnswerTools, previous: string, audience: Audience | undefined): Set<string> | undefined {
  const end = previous.indexOf('? ');
  if (end < 0) return undefined;
  const aspects = tools.concepts
    .find(previous.slice(0, end + 1), audience)
    .map((m) => m.concept)
    .filter((c) => tools.concepts.kinds.get(c) === 'aspect');
  return aspects.length > 0 ? new Set(aspects) : undefined;
}

/** The concept of what follows the three years (knowledge/concepts.yaml). */
const AFTER_THE_PERIOD = 'after-the-period';
/** "before their 3 years are up", "before the end of the three years": a time inside the period, not after it. */
const BEFORE_THE_END =
  /\bbefore (?:the end of )?(?:the |my |his |her |their |our )?(?:three|3)[- ]years?(?: (?:are|is) (?:up|over)| (?:run|runs) out)?\b/i;

/** "open it", "run that one", "start one": a business named before, pointed at. */
const POINTS_AT_THE_BUSINESS = new RegExp(
  String.raw`\b(?:open|opening|run|running|start|starting|launch|launching|set up|setting up)\s+(?:it|that|this|one)\b` +
    // "what if I did a project cooperation with them instead?": the firm named before.
    String.raw`|\bwith (?:them|that (?:company|firm|business))\s+instead\b`,
  'i',
);
/** True when a question points at a business named before ("open it on the job", "a project with them instead"). */
export function pointsAtTheBusiness(text: string): boolean {
  return POINTS_AT_THE_BUSINESS.test(text);
}
/** A field concept, or the asker's own word that a business is unrelated: what a business pointed at keeps. */
const keepsField = (concept: string) => isFieldConcept(concept) || concept === UNRELATED_BUSINESS;

/**
 * The concepts a question names; for a follow-up, also the previous question's situations, parties and aspects when the
 * follow-up names none of that kind of its own ("and how long?"; "and with the company?" switches the party, "same rule
 * for the leaving-my-post case?" the situation).
 */
export function readConcepts(
  tools: AnswerTools,
  text: string,
  type: QuestionType,
  previous: string | undefined,
  audience: Audience | undefined,
): Set<string> {
  // "does my contract change, or stay as is?": the contrary offered as the other choice is not a claim of the question.
  const own = tools.concepts.find(text.replace(OR_STAYS_THE_SAME, ''), audience).map((m) => m.concept);
  const concepts = new Set(own);
  // "My dean joked that… Is being away going to tank my assessment?": a detail named only in the case told is not asked.
  if (concepts.has(DETAIL) && toldOnly(tools, text, DETAIL, audience)) concepts.delete(DETAIL);
  // "can they go back to the college before their 3 years are up?": before the end of the period is within it.
  if (concepts.has(AFTER_THE_PERIOD) && BEFORE_THE_END.test(text)) concepts.delete(AFTER_THE_PERIOD);
  // "I'm 18 months into my leave. Can I resign now?": a figure told before the question is the case, not a detail asked.
  if (namesFigure(askedSentence(text))) concepts.add(DETAIL);
  // "part-time work at a company while keeping my teaching job": staying in post is the circumstance of part-time work,
  // not a start-up in post, unless a company of one's own is named.
  if (concepts.has('part-time') && concepts.has('in-post') && !concepts.has('start-business') && !namesOwnStartUp(text))
    concepts.delete('in-post');
  if (previous === undefined) return concepts;
  // "I teach accounting…" → "what if it's a bubble tea shop?": the business named now against the field named before.
  const across = fieldRelation(text) === undefined ? fieldRelationAcross(previous, text) : undefined;
  if (across !== undefined && tools.concepts.kinds.has(FIELD_CONCEPTS[across])) concepts.add(FIELD_CONCEPTS[across]);
  // "…bookkeeping software for small shops?" after "I teach accounting": a shop the business serves is not the business.
  if (across === 'same') concepts.delete(UNRELATED_BUSINESS);
  // "for how long?": the duration its question word names is not an aspect of its own; the previous question's are kept.
  const ownKinds = new Set(own.filter((c) => !namedByQuestionWord(c, text, type)).map((c) => tools.concepts.kinds.get(c)));
  // "could my company be a bubble tea shop?" after a question on starting one in post: the way named before says which.
  const waysOpen = concepts.has('start-business') && !WAYS.some((way) => concepts.has(way));
  // "who pays his injury insurance?" → "does that go for his social insurance too?": whether the same side pays that.
  const sameAnswerAsked = THAT_GOES_FOR.test(text);
  // "…leave my post to open a coffee shop?" → "could I open it on the job instead?": the business pointed at keeps the
  // field it was told against ("how long can I run it alongside teaching?" asks a period, not the field rule).
  const businessPointedAt =
    POINTS_AT_THE_BUSINESS.test(text) && ![...concepts].some(keepsField) && !concepts.has(DETAIL) && !concepts.has('duration');
  // "and the work injury insurance? <the question before>" then "is the school paying that one too?": the aspect the
  // newest question switched to is the one pointed at, not the one it replaced.
  const newestAspects = ONE_OF_THEM.test(text) ? aspectsOfNewest(tools, previous, audience) : undefined;
  const before = tools.concepts.find(previous, audience);
  // ("…an ordinary bookkeeping firm?" of an accounting teacher: a business in the same field is unrelated only to innovation.)
  const sameFieldBefore = before.some((m) => m.concept === FIELD_CONCEPTS.same);
  for (const { concept } of before) {
    const kind = tools.concepts.kinds.get(concept);
    if (kind === 'aspect' && newestAspects !== undefined && !newestAspects.has(concept)) continue;
    if ((kind === 'situation' || kind === 'party' || kind === 'aspect') && !ownKinds.has(kind)) concepts.add(concept);
    else if (waysOpen && (WAYS as readonly string[]).includes(concept)) concepts.add(concept);
    else if (sameAnswerAsked && concept === PAYING) concepts.add(concept);
    else if (businessPointedAt && keepsField(concept) && !(concept === UNRELATED_BUSINESS && sameFieldBefore)) concepts.add(concept);
  }
  return concepts;
}
