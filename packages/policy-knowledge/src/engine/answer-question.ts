import type { Prediction } from '../classify/types.js';
import { OOS_INTENT } from '../classify/types.js';
import { isChinese } from '../understand/chinese-language.js';
import { expandWithGlossary } from '../features/glossary.js';
import type { Knowledge } from '../knowledge.js';
import type { Fact } from '../schema/fact.js';
import { ruleHolds } from './rule-holds.js';
import type { Audience } from '../schema/topic.js';
import type { ConceptMatcher } from '../understand/concept-matcher.js';
import { questionType, type QuestionType } from '../understand/question-type.js';
import { isBareQuestion, negates } from '../understand/question-shape.js';
import { findReference, itemOfPreviousList } from '../understand/reference.js';
import { gainingParty } from '../understand/gaining-party.js';
import { signingParty } from '../understand/signing-party.js';
import { asksSchoolAgreement } from '../understand/school-agreement.js';
import { modeForNeed } from './mode-for-need.js';
import { plainSayings } from '../understand/idioms.js';
import { applyCorrections } from '../understand/spelling.js';
import { wordPattern } from '../understand/word-pattern.js';
import { ASKED_OF_ANOTHER } from '../understand/split-question.js';
import { composeAnswer, refOf, withUnderstanding } from './compose.js';
import { citationsOfFacts, composeFromFacts } from './compose-facts.js';
import { decide, type Decision } from './decide.js';
import { COUNTERPART, rankFacts, type RankedFact } from './rank-facts.js';
import { answerReference, missingReference } from './reference-answer.js';
import type { AdvisorResult, AnswerResult, AskOptions, ScoredIntent, Understanding } from './types.js';
import { CALLED_FALSE, decideVerdict, RULE_BREAKING, WAYS, type VerdictDecision } from './verdict.js';
import { leavingForAWayInPost, leavingToTakeAWayInPost } from './leaving-for-it.js';
import { quotedPhraseTopic } from './quoted-phrase.js';
import { compoundVerdict } from './compound-verdict.js';
import { claimReading } from './preamble.js';
import { asksUnmentionedBenefit, asksUnmentionedPayment, asksUnsupportedDetail, namesFigure } from './unsupported-detail.js';
import { askedActor } from '../understand/asked-actor.js';
import { isFieldConcept } from '../understand/field-match.js';
import { askedWords } from '../understand/asked-words.js';
import type { VerdictModel } from './verdict-model.js';
import type { AnswerTools } from './answer-tools.js';
import { byExamples, closeExample, EXAMPLE_CANDIDATES } from './example-reading.js';
import { learnedVerdict } from './learned-verdict.js';
import { asksListMembership, listMembership } from './list-membership.js';
import { mentionVerdict } from './mention-verdict.js';
import { sayVerdict } from './say-verdict.js';
import {
  BARE_FRAGMENT_WORDS,
  DOES_BETTER,
  TEACHERS_DIFFERENCE,
  figuresAmongLeading,
  TEACHERS_HELP,
  FRAGMENT_WORDS,
  asksOnlyItsType,
  statingFacts,
  statingOfSituation,
  continuedType,
  aspectsOf,
  namedRunnerUp,
  topicOfNamedSubject,
  asksACatch,
  factOfParty,
  includedElsewhere,
  treatmentOfAnotherWay,
  treatmentOfNamedWay,
  sameAsPreviousAnswer,
  continuedActor,
  vouchedTopic,
  namesNewAspect,
  switchedParties,
  namesSubject,
  namesSituation,
  continuedGainer,
  pointedFact,
  pointedItem,
  itemOfAspect,
  notCoveredScore,
  pointsBack,
  pointingAtSubject,
  readConcepts,
  staysOnTopic,
  wordCount,
  SUBJECT_KINDS,
} from './follow-up-reading.js';
import { runsPastThreeYears } from '../understand/leave-years.js';

const ALTERNATIVES_COUNT = 5;
/** The length an answer to one question aims at, in words: further facts join only within it. */
const ANSWER_WORDS = 80;

/** Each fact's length in words, counted once (a fact never changes). */
const factLengths = new WeakMap<Fact, number>();

function wordsOf(facts: readonly Fact[]): number {
  let words = 0;
  for (const fact of facts) words += lengthOf(fact);
  return words;
}

function lengthOf(fact: Fact): number {
  let length = factLengths.get(fact);
  if (length === undefined) {
    length = fact.text.split(/\s+/).length;
    factLengths.set(fact, length);
  }
  return length;
}

const WHOLE_PICTURE = ['list', 'all', 'every', 'each', 'overview', String.raw`summar\w*`, 'items', 'points', 'in general', 'everything'];
/** Words of a question that wants a topic's whole picture, not one fact. */
const BROAD = wordPattern([...WHOLE_PICTURE, 'explain', 'describe', 'tell me about', 'what is', 'what are', "what's"]);
/** A question asking what the items of a list are ("what problems does the paper find?", "what are the main modes?"). */
const LIST_ASKED =
  /^(?:so\s+|and\s+)?what (?:are |were )?(?:the )?(?:main |key |major |biggest )?(?:problems|issues|difficulties|modes|models)\b/i;
/** How alike a question and a fact's closest example must be for that fact to answer an open question alone. */
const CLOSEST_FACT_MIN = 0.2;
/** A second fact joins the answer when its example is at least this share as close as the first's. */
const SECOND_FACT_SHARE = 0.75;
/** The weight of the previous topic when a follow-up cannot be placed on its own. */
const PREVIOUS_TOPIC_SCORE = 0.5;
/** How much the previous question's topics count when reading a follow-up, against the follow-up's own. */
const CONTEXT_WEIGHT = 0.7;
/** How much the other questions of the same message count when reading a part declined on its own. */
const SIBLING_WEIGHT = 0.2;
/** A fact must lead the next topic's best fact by this much to settle a question the classifier found too close. */
const SETTLES_CLARIFY = 0.1;
/**
 * A question about doing something oneself: "what if I come back early?", "and if we hire him part-time?", "what if it
 * goes badly and I want to come back after a year?" (a short case first, then the doer).
 */
const WHAT_IF_I = new RegExp(
  String.raw`^(?:(?:and|but|so|actually|hmm+|ok|okay|well|oh)\W+)*(?:what if|and if|what happens if)\s+` +
    String.raw`(?:it\s+[^?,]{0,30}?\s+and\s+)?` +
    String.raw`(?:i|we|he|she|they|(?:the|a|an|our|my|this|that)\s+(?:[\w-]+\s+)?(?:teacher|lecturer|colleague|professor|engineer))\b`,
  'i',
);
/** "…and keep my job", "but keep my teaching post": the job kept beside what is done ("do I keep my post…?" asks it). */
const KEEPS_THE_JOB = new RegExp(
  String.raw`\b(?:and|but|while|whilst|yet)\s+(?:still\s+)?(?:keep|keeping|have|having|hold on to)\s+` +
    String.raw`(?:my|his|her|their|the)\s+(?:teaching\s+|day\s+)?(?:job|post|position)\b`,
  'i',
);

/** True when a question starts a business of its own while keeping the job, naming neither leaving nor another way. */
function startsUpKeepingTheJob(concepts: ReadonlySet<string>, question: string): boolean {
  const otherWay = ['leave', 'in-post', 'part-time'].some((c) => concepts.has(c));
  return !otherWay && concepts.has('start-business') && concepts.has('personnel-relationship') && KEEPS_THE_JOB.test(question);
}

/** Something lost, then "for good": a fear of losing it forever. */
const LOST_FOR_GOOD =
  /\b(?:lose|loses|losing|lost|throw(?:ing)? away|give up|giving up)\b[^.?!]{0,40}\b(?:for good|forever|permanently)\b/i;
/** Words asking who issued or named the guidance, not whom it covers. */
const ASKS_ISSUER =
  /\b(?:issu(?:e|ed|es|er)|made|wrote|written by|publish(?:ed|es)?|released?|called|name|title|which (?:ministry|department))\b/i;
const SOURCE = 'source';
/** "how does the paper see…", "according to the paper": the paper named only as who says what is asked. */
const PAPER_FRAME = new RegExp(
  String.raw`\b(?:(?:how|what) (?:does|do) (?:the|this) (?:paper|study|research) (?:see|view|say|think|describe|argue|suggest)` +
    String.raw`|according to (?:the|this) (?:paper|study)|in the paper's (?:view|eyes|opinion))\b`,
  'i',
);
/** Words asking about the paper itself: who wrote it, what it is called, the project behind it. */
const ASKS_OF_THE_PAPER =
  /\b(?:who wrote|authors?|title|called|which paper|what paper|project|funded|published|where (?:do|does) .* come from)\b/i;
/** "what if it's a real estate agency instead?": another case of what was asked, which the fact's conditions decide. */
const THE_BUSINESS_IS = String.raw`(?:the|my|our) (?:company|business|startup|start-up|firm) (?:is|was|were|would be)`;
const WHAT_IF_IT_IS = new RegExp(
  String.raw`(?:^|[.!?;:—–]\s*)(?:(?:and|but|so|actually|hmm+|ok|okay|well|oh)\W+)*what (?:about )?if (?:instead\s+)?` +
    String.raw`(?:it's|it is|it were|its|they're|they are|it does|it did|it makes|they do|they make|${THE_BUSINESS_IS})\b`,
  'i',
);
/** "what if the company needs me longer, like 5 yrs?": any case put to what was just answered. */
const WHAT_IF = /^(?:(?:and|but|so|actually|hmm+|ok|okay|well|oh)\W+)*(?:what if|and if)\b/i;
/** "ok fair. what about an automation consulting firm?": another business put to the rule just given. */
const ANOTHER_BUSINESS = /(?:^|[.!?]\s+)(?:(?:and|but|so|ok|okay)\W+)*(?:what|how) about (?:a|an)\b/i;
/** A word asking what, who, how or why. */
const WH_WORD = /\b(?:what|which|who|whom|whose|how|why|where|when)\b/i;
/** A topic probability at which the Chinese classifier's reading outweighs the out-of-scope character pairs. */
const SURE_OF_TOPIC = 0.9;
/** The concept of the subjects the source never speaks of (taxes, visas, registering a company). */
const OUTSIDE_SUBJECT = 'outside-subject';
/** Below this confidence, a topic given to a question that names nothing the facts speak of is only a guess. */
const GUESSED_TOPIC = 0.7;
/** The topic score of the facts about ownership when a question asks who owns something: as sure as the classifier gets. */
const OWNERSHIP_TOPIC_SCORE = 1;
/** "能得到啥好处", "图啥": a Chinese question about what one side gains. */
const CHINESE_GAINS = /好处|图啥|图什么|得到什么|得到啥|捞到/u;
/** The side whose gains a Chinese question asks (the school or the enterprise it names first), if it asks that. */
function chineseGainer(tools: AnswerTools, text: string, audience: Audience | undefined): string | undefined {
  if (!CHINESE_GAINS.test(text)) return undefined;
  return tools.concepts.find(text, audience).find((m) => m.concept === 'school' || m.concept === 'enterprise')?.concept;
}
/** Most facts in one answer. */
const MAX_FACTS = 3;
/** Question types answered from the single best fact, never from a topic's whole text. */
const PRECISE_TYPES: ReadonlySet<QuestionType> = new Set(['yes-no', 'choice', 'who', 'how-long', 'how-much', 'when']);

/** "why is that such a problem?", "why's that a mistake?", "why does the paper push this?": the reason of what was just said. */
const ASKED_OF = String.raw`(?:\s+the (?:paper|guidance|author))?(?:\s+(?:push|want|say|suggest|recommend|need))?`;
const WHY_ASKED = String.raw`(?:'s|\s+(?:is|was|would|does|did)${ASKED_OF})`;
const JUDGED_AS = [
  ...['so', 'such', 'a', 'an', 'very', 'really', 'the case', 'useful', 'helpful', 'important', 'good', 'bad', 'needed'],
  ...['necessary', 'problem', 'mistake', 'issue', 'matter', 'worse', 'better', 'risky', 'true'],
];
const JUDGED = `(?:${JUDGED_AS.join('|')})`;
const WHY_OF_THAT = String.raw`${WHY_ASKED}\s+(?:that|this|it)(?:\s+${JUDGED})*`;
/** "why do they restrict it like that?", "why does it matter?": a verb whose doer and object only point back. */
const DOERS_POINTED = String.raw`(?:they|he|she|it|the (?:guidance|ministry|paper|author|rules?|policy|school|college))`;
const POINTED_OBJECT = String.raw`(?:\s+(?:it|that|this|them))?(?:\s+(?:like that|like this|this way|that way|so much|at all))?`;
// "why does the paper think that is?": a verb of thinking ends on the pointed-at thing being so.
const BEING_SO = String.raw`(?:\s+(?:is|was|happens|happened))?`;
const WHY_DO_THEY = String.raw`\s+(?:do|does|did|would|should|must)\s+${DOERS_POINTED}\s+[\w-]+${POINTED_OBJECT}${BEING_SO}`;
/** "what reason does the paper give?", "what does it blame that on?": the reason asked for without "why". */
const REASON_GIVEN =
  String.raw`what(?:'s|s| is| are)?(?: the)?(?: (?:main|underlying|real|root))? (?:reasons?|explanation|cause)` +
  String.raw`(?:(?: does)? ${DOERS_POINTED} gives?| behind (?:it|that|this)| given)?` +
  String.raw`|what does ${DOERS_POINTED} blame(?: (?:it|that|this) on)?` +
  // "what's the point of me being in there, according to the paper?": the reason for taking part in what was just said.
  String.raw`|what(?:'s| is) the (?:point|use) of (?:me|us|him|her|them) (?:being|getting|staying) (?:in there|in it|involved|there)` +
  String.raw`(?: at all| in the first place)?(?:,? according to (?:the paper|it))?`;
/** "what reason does the paper give?": a question asking only a reason, without "why". */
const REASON_GIVEN_ONLY = new RegExp(String.raw`^(?:(?:and|but|so|ok|okay),?\s+)?(?:${REASON_GIVEN})\s*\??$`, 'i');
/** "why bother?", "why bother starting that early?": whether what was just said is worth it, a reason asked of it. */
const BOTHERED_WITH = String.raw`(?:with\s+)?(?:it|that|this|them|[\w-]+ing(?:\s+(?:it|that|this|them))?)`;
const WHY_BOTHER = String.raw`\s+bother(?:\s+${BOTHERED_WITH})?(?:\s+(?:so|that) early|\s+at all)?`;
/** "why?", "and why is that?", "why so high?": a question asking only the reason of what was just said. */
const WHY_SO = String.raw`(?:\s+(?:is that|is it|not|or why not|exactly|though|then|so \w+)|${WHY_OF_THAT}|${WHY_DO_THEY}|${WHY_BOTHER})?`;
const BARE_WHY = new RegExp(
  String.raw`^(?:(?:and|but|so|ok|okay),?\s+)?(?:why${WHY_SO}(?:,?\s+according to (?:the paper|it))?|how come|${REASON_GIVEN})\s*\??$`,
  'i',
);

/** True for a question asking only the reason of what was just said ("why?", "and why is that?", "why so high?"). */
export function asksOnlyWhy(text: string): boolean {
  return BARE_WHY.test(text.trim());
}

/** "what does it cover?", "what would that include?": what the thing pointed at contains. */
const CONTENTS_OF_POINTED = /\b(?:does|would|will|should|must|do)\s+(?:it|that|this|they|those)\s+(?:cover|include|contain)\b/i;
/** The topic of whom the guidance covers. */
const SCOPE_TOPIC = 'guidance.scope';
/** The topics of what a teacher on leave keeps, and the agreement that writes it down for each teacher (3-17). */
const LEAVE_TOPICS = 'leave.';
const AGREEMENT_TOPIC = 'leave.post-leaving-agreement';
/** "where would that be written down?", "where is it put in writing for me?", "where do I get that pinned down?". */
const WRITTEN_DOWN = 'written(?: down)?|in writing|documented|set down|recorded|spelled out|set out|pinned down|nailed down|agreed|fixed';
const WHERE_WRITTEN = new RegExp(String.raw`\bwhere\b[^?]*\b(?:${WRITTEN_DOWN})\b`, 'i');

/** Pronouns pointing back at people, not at a whole subject ("it", "this"). */
const PEOPLE_POINTED = /\b(?:they|them|he|she|him|his|her|their)\b/i;
/** A question whose subject is people just named: "why are they…", "does he need to…", "can she still…". */
const PEOPLE_SUBJECT = new RegExp(
  String.raw`^(?:(?:and|so|but|also)\s+)?(?:(?:why|how|when|where|what|who)\s+)?` +
    String.raw`(?:do|does|did|is|are|was|were|can|could|will|would|should|must|has|have|had)(?:n't)?\s+(?:they|he|she)\b`,
  'i',
);

/** True when a topic has a fact about one of the aspects. */
function topicHasAspect(tools: AnswerTools, topicId: string, aspects: readonly string[]): boolean {
  return tools.knowledge.facts.some((f) => f.topic === topicId && f.about.some((c) => aspects.includes(c)));
}

/** "what kind of business…", "what sort of company…": asking for the kind of business a rule allows. */
const KIND_OF_BUSINESS = new RegExp(
  String.raw`\b(?:what|which)\s+(?:kind|sort|type)s?\s+of\s+` +
    String.raw`(?:business|businesses|company|companies|enterprise|firm|venture|startup|start-up)\b` +
    // "If not, what would qualify?": what would meet the condition just given.
    String.raw`|^(?:(?:and|so|ok|okay|if not|then),?\s+)*what\s+(?:would|does|do|could|will)\s+(?:qualify|count)(?:\s+then)?\s*\??$`,
  'i',
);

/** The fact among those just answered with that sets the condition of a way of taking part, if any. */
function wayConditionOf(knowledge: Knowledge, facts: readonly string[] | undefined): Fact | undefined {
  for (const id of facts ?? []) {
    const fact = knowledge.factById.get(id);
    if (fact?.about.includes('condition') && WAYS.some((w) => fact.about.includes(w))) return fact;
  }
  return undefined;
}

/** Answers one question (one part of a message): understands it, classifies it, picks facts, decides a verdict. */
export function answerQuestion(tools: AnswerTools, question: string, options: AskOptions): AdvisorResult {
  const { knowledge, classifier } = tools;
  const plain = plainSayings(askedWords(question));
  const corrections = tools.speller.corrections(plain);
  const corrected = applyCorrections(plain, corrections);
  const context = options.context;
  const type = continuedType(questionType(corrected), corrected, context?.question, context?.type);
  const concepts = readConcepts(tools, corrected, type, context?.question, options.audience);
  // "does the policy cover part-time work?" asks whether that way is allowed, not whom the guidance is for.
  const wayCovered = asksWayCovered(concepts, type, corrected);
  if (wayCovered) concepts.delete('scope');
  // "do we have to be a tech company to host a teacher part-time?" asks that way's condition.
  const wayCondition = asksWayCondition(concepts, type, tools.concepts.kinds, corrected);
  // "will my school fire me for deserting my post if I leave for a couple of years?": whether the post is kept while away.
  const dismissalOverLeave = fearsDismissalOverLeave(concepts, type, corrected);
  // "could I leave my post for two years to open an ordinary bookkeeping firm?": the condition of leaving answers.
  const outside = outsideTheWay(concepts, type);
  // ("…the school will kill my contract the moment I go off-post?": a contract ended on the school's side is the fear, not
  // the teacher's own wish to end it.)
  // "in year 3 of his leave, can he stay another two years?": more than the three years the rule allows.
  if (concepts.has('leave') && runsPastThreeYears(corrected)) concepts.add('beyond-three-years');
  if (dismissalOverLeave) concepts.add(PERSONNEL_RELATIONSHIP);
  // "…am I going to lose my job at the college forever?": "forever" is how long the loss lasts, not a leave past three
  // years; and "will the college just kill my contract once I'm gone?" fears losing the post the rule keeps.
  if (dismissalOverLeave && (LOST_FOR_GOOD.test(corrected) || DISMISSED_FOR_GOOD.test(corrected))) concepts.delete('beyond-three-years');
  if (dismissalOverLeave && !concepts.has(RULE_BREAKING)) concepts.add('lose');
  if (dismissalOverLeave && CONTRACT_ENDED_BY_THE_SCHOOL.test(corrected)) concepts.delete('terminate');
  const wayRule = wayCovered || wayCondition || (fearsOverAWay(concepts, type, tools.concepts.kinds) && !dismissalOverLeave) || outside;
  // "can I work part-time at a firm and still keep my job?": the job kept is the post one stays in, not the personnel
  // relationship kept while away.
  if (!concepts.has('leave') && (concepts.has('part-time') || concepts.has('in-post'))) concepts.delete('personnel-relationship');
  // "can I start a company and keep my job at the college?": a company of one's own while keeping the job is a start-up
  // in post, not the relationship kept while away.
  if (startsUpKeepingTheJob(concepts, corrected)) {
    concepts.add('in-post');
    concepts.delete('personnel-relationship');
  }
  // "…a separate agreement with the company? What does it cover?": what the thing pointed at contains, not whom the
  // guidance covers.
  if (context !== undefined && context.topicId !== SCOPE_TOPIC && CONTENTS_OF_POINTED.test(corrected)) concepts.delete('scope');
  // "…and how does the teacher-startup idea help?" after a problem asks the paper's remedy for it.
  // "…why are teacher-entrepreneurs better placed for it?" too.
  const teachersHelp =
    context !== undefined && [TEACHERS_HELP, DOES_BETTER, TEACHERS_DIFFERENCE].some((asks) => asks.test(corrected.trim()));
  if (teachersHelp) concepts.add('remedy');
  // "we want to attack the problem of our dead base: what does the paper recommend?": the remedy asked is not the problem.
  if (concepts.has('remedy')) concepts.delete('problems');
  // "who does this MOHRSS guidance apply to?": the ministry names the guidance; whom it covers is what is asked.
  // "…am I going to lose my job at the college for good?": losing it for good is a fear, not a wish to end the contract.
  if (LOST_FOR_GOOD.test(corrected)) concepts.delete('terminate');
  const issuerOnlyNamed = concepts.has('scope') && concepts.has('issuer') && !ASKS_ISSUER.test(corrected);
  if (issuerOnlyNamed) concepts.delete('issuer');
  // "…piloting a product on a teacher's research. How does the paper see our role in that?": the paper frames the question.
  const paperOnlyFrames = concepts.has(SOURCE) && PAPER_FRAME.test(corrected) && !ASKS_OF_THE_PAPER.test(corrected);
  if (paperOnlyFrames) concepts.delete(SOURCE);
  const referred =
    findReference(question, knowledge.sections, knowledge.lists) ??
    (context === undefined ? undefined : itemOfPreviousList(question, context.question, knowledge.lists));
  // "are X and Y among the six modes?" asks whether things are on the list, not what the list says.
  // ("what's the point of the conditions on the three ways?" asks the reason for the conditions, not the list.)
  const reference =
    referred?.kind === 'list' && ((type === 'yes-no' && asksListMembership(corrected)) || REASON_FOR_CONDITIONS.test(corrected))
      ? undefined
      : referred;
  const base = { corrected, corrections, type, concepts: [...concepts], usedContext: context !== undefined };
  // "which ministry issued the guidance described in section 3?": the section only says where to look.
  const within = reference?.kind === 'section' && !reference.part && asksWithinSection(question) ? reference.id : undefined;
  const byReference = () => answerReference(knowledge, question, reference!, options.audience, base);
  // "what does clause 3-99 say?": a clause or section the paper does not have is not answered from another one.
  const missing = missingReference(knowledge, question, reference);
  if (missing !== undefined) return { ...tools.unknown(question, 'no-such-reference', []), text: missing };
  if (reference && within === undefined) return byReference();

  // A follow-up is read on its own first; the previous question only fills in what the fragment leaves open.
  const own = classifier.predict(expandWithGlossary(knowledge, corrected), ALTERNATIVES_COUNT + 1);
  const ownDecision = decide(own, tools.declineThreshold);
  // A declined follow-up is read with the previous question only when it can belong to it (not "the capital of France?").
  // "why are they hard?": a short fragment that points back is about what was asked before, however sure its own reading;
  // "and the mass innovation one?" names a subject of its own and keeps its own reading.
  // "…the guidance, and who is it for?": a follow-up asking about an aspect of its own only borrows the subject.
  const ownAspect = context !== undefined && namesNewAspect(tools, corrected, type, context.question, options.audience);
  // "for how long?": a bare fragment asking only what its question word asks points back at what was just said.
  const onlyItsType = context !== undefined && asksOnlyItsType(tools, corrected, type, options.audience);
  const pointedAt = context !== undefined && context.sibling !== true ? pointingAtSubject(corrected) : undefined;
  // "…any duties in this mode?" asks an aspect of its own of the subject it points at.
  // "what does the paper blame?" after a finding asks the reason of what was just said, whatever its own words suggest
  // ("the paper" alone reads as a question about the source); a "why" is read as one already.
  const reasonAsked =
    context?.facts !== undefined && context.facts.length > 0 && context.sibling !== true && REASON_GIVEN_ONLY.test(corrected);
  const pointing =
    reasonAsked ||
    (context !== undefined &&
      ownDecision.kind !== 'unknown' &&
      (pointedAt !== undefined
        ? !namesSituation(tools, pointedAt.rest, options.audience) && (pointedAt.named || !ownAspect)
        : (pointsBack(corrected) || onlyItsType) &&
          wordCount(corrected) <= FRAGMENT_WORDS &&
          !namesSituation(tools, corrected, options.audience) &&
          !ownAspect));
  // "what happens if neither gets what they want?" after what schools want: declined alone, it names a subject only another
  // topic's facts are about (conflicts), so it is that topic's, not the conversation's.
  // "so where would that be written down for me?" after what a teacher on leave keeps: in the post-leaving agreement.
  const namedElsewhere =
    context?.topicId !== undefined && context.sibling !== true && ownDecision.kind === 'unknown'
      ? context.topicId.startsWith(LEAVE_TOPICS) && WHERE_WRITTEN.test(corrected)
        ? AGREEMENT_TOPIC
        : topicOfNamedSubject(tools, corrected, context.topicId, options.audience)
      : undefined;
  const contextual =
    context !== undefined &&
    namedElsewhere === undefined &&
    (ownDecision.kind === 'clarify' ||
      pointing ||
      // "…who sets up the project group, and when?": a question word alone asks of what was just answered.
      (context.sibling !== true && isBareQuestion(corrected)) ||
      // "so could I also just go work in someone else's company instead?": a reading alone that is unsure.
      (context.sibling !== true && unsureAlone(ownDecision)) ||
      (ownDecision.kind === 'unknown' &&
        context.sibling === true &&
        (context.topicId !== undefined || namesSubject(tools, { question, corrected }, options.audience))) ||
      // "what about an automation consulting firm?" after a field rule: another case for that rule.
      (ownDecision.kind === 'unknown' && context.sibling !== true && fieldCaseOf(knowledge, concepts, context.facts ?? []) !== undefined) ||
      (ownDecision.kind === 'unknown' &&
        context.sibling !== true &&
        staysOnTopic(
          tools,
          { question, corrected },
          context.topicId,
          { reason: ownDecision.reason, notCovered: notCoveredScore(own) },
          options.audience,
        )));
  const withContext = contextual
    ? classifier.predict(expandWithGlossary(knowledge, `${corrected} ${context.question}`), ALTERNATIVES_COUNT + 1)
    : undefined;
  const prediction = withContext ?? own;
  const alternatives = prediction.ranked.slice(0, ALTERNATIVES_COUNT);
  const declined = withContext ? decide(withContext, tools.declineThreshold) : ownDecision;
  // A follow-up the classifier cannot place even then ("how many hours a week?") stays on the previous topic.
  const decided: Decision =
    namedElsewhere !== undefined
      ? { kind: 'answer', intent: namedElsewhere, confidence: PREVIOUS_TOPIC_SCORE }
      : contextual && declined.kind === 'unknown' && context.topicId && knowledge.topicById.has(context.topicId)
        ? { kind: 'answer', intent: context.topicId, confidence: PREVIOUS_TOPIC_SCORE }
        : (namedRunnerUp(tools, corrected, prediction, declined, options.audience) ??
          (contextual && context.sibling === true ? vouchedTopic(tools, corrected, prediction, options.audience) : undefined) ??
          ownershipTopic(tools, declined, type, corrected, options.audience, context !== undefined) ??
          quotedPhraseTopic(knowledge, declined, question) ??
          declined);
  // "why do so many partnerships fizzle out?" between two of the problems: the overview of the problems answers it.
  const decision = overviewOfSiblings(knowledge, decided, type) ?? overviewCloseBehind(knowledge, decided, prediction, type) ?? decided;
  if (decision.kind === 'unknown') return within !== undefined ? byReference() : tools.unknown(question, decision.reason, alternatives);
  // "住房公积金学校还交吗": a Chinese question naming what only the "not covered" examples name is not covered (Chinese
  // only: its pairs of characters mark a subject more surely than one English word such as "news").
  if (isChinese(question) && outsideChinese(tools, corrected, concepts, decision))
    return tools.unknown(question, 'out-of-scope', alternatives);
  // "is it raining?": a question naming nothing the facts speak of, only a word of the "not covered" examples, on a guess;
  // in a conversation, whatever the conversation lends it ("it" does not make the weather the guidance's issuer).
  const ownConcepts = context === undefined ? concepts : new Set(tools.concepts.find(corrected, options.audience).map((m) => m.concept));
  if (!isChinese(question) && namesOnlyOutside(tools, corrected, ownConcepts, context === undefined ? decision : undefined))
    return tools.unknown(question, 'out-of-scope', alternatives);
  // "what tax breaks does my off-post startup get?": a subject neither the paper nor the guidance speaks of is not
  // answered from the topic the rest of the question names.
  if (ownConcepts.has(OUTSIDE_SUBJECT)) return tools.unknown(question, 'out-of-scope', alternatives);

  // The fragment's own topics lead, the conversation's fill in; for a fragment that points back, the other way round.
  const lead = pointing && withContext ? withContext : own;
  const filler = pointing && withContext ? own : withContext;
  const topicScores = topicScoresOf(lead);
  if (decision !== declined && decision.kind === 'answer')
    topicScores.set(decision.intent, Math.max(topicScores.get(decision.intent) ?? 0, PREVIOUS_TOPIC_SCORE));
  // "why are they so hard?": what a fragment points back at is the previous topic, whatever its own words suggest; so is
  // what a question asks of the people just discussed ("why are they supposed to fit our needs better?").
  if ((pointing || PEOPLE_SUBJECT.test(corrected)) && context?.topicId !== undefined)
    topicScores.set(context.topicId, Math.max(...topicScores.values(), 0));
  // "What is the teachers' team mode, and how does the school benefit from it?": a part asking on about the subject of
  // the part before is answered from that subject's topic when the topic has a fact on what the part asks.
  const onSameSubject =
    context?.sameSubject === true &&
    context.topicId !== undefined &&
    (/\b(?:it|this|that)\b/i.test(corrected) || topicHasAspect(tools, context.topicId, aspectsOf(tools, corrected, options.audience)));
  if (onSameSubject) topicScores.set(context.topicId!, Math.max(...topicScores.values(), 0));
  // "is there a fixed percentage in the rules though?" after the income split: a detail declined alone and naming no
  // situation of its own is the detail of what was just answered, whatever aspect its words ("the rules") suggest.
  const detailOfContext =
    contextual &&
    ownDecision.kind === 'unknown' &&
    context.sibling !== true &&
    context.topicId !== undefined &&
    (['detail', 'amount'].some((c) => concepts.has(c)) || namesFigure(corrected)) &&
    !namesSituation(tools, corrected, options.audience);
  if (detailOfContext) topicScores.set(context.topicId!, Math.max(...topicScores.values(), 0) + DETAIL_LEAD);
  // "…what do teachers do in the mass innovation mode, and can they pull out later?": an aspect of its own, asked of the
  // people a fragment points back at, is their situation's when its topic has a fact on the aspect ("it" may be the
  // whole guidance: "…can I apply under this, and what kind of business does it cover?"); so is the catch asked of what
  // was just said ("can I work part-time?" → "any restrictions on which company?").
  if (
    !pointing &&
    ownAspect &&
    context?.topicId !== undefined &&
    context.sibling !== true &&
    (PEOPLE_POINTED.test(corrected) || asksACatch(corrected)) &&
    wordCount(corrected) <= FRAGMENT_WORDS &&
    topicHasAspect(tools, context.topicId, aspectsOf(tools, corrected, options.audience))
  )
    topicScores.set(context.topicId, Math.max(...topicScores.values(), 0));
  // "…anything in this mode?": the mode is the one just discussed, whatever other topics the words suggest.
  if (pointing && pointedAt !== undefined && context?.topicId !== undefined)
    for (const [topic, score] of topicScores) if (topic !== context.topicId) topicScores.set(topic, score * POINTED_AWAY);
  // "and how does teacher entrepreneurship help there?" after a mode's catch: the remedy that mode's own section offers.
  if (
    context?.topicId !== undefined &&
    context.sibling !== true &&
    (aspectsOf(tools, corrected, options.audience).includes('remedy') || DOES_BETTER.test(corrected) || teachersHelp) &&
    topicHasAspect(tools, context.topicId, ['remedy'])
  ) {
    const top = Math.max(...topicScores.values(), 0);
    // The words naming who helps ("entrepreneurial teachers") name the general case; the remedy asked is this mode's.
    for (const [topic, score] of topicScores) topicScores.set(topic, score * POINTED_AWAY);
    topicScores.set(context.topicId, top);
  }
  // "what's the point of all those rules about the company being related to my major?": the reason for the conditions,
  // whatever condition the words go on to name.
  if (REASON_FOR_CONDITIONS.test(corrected) && knowledge.topicById.has(PURPOSE_TOPIC))
    topicScores.set(PURPOSE_TOPIC, Math.max(...topicScores.values(), 0) + DETAIL_LEAD);
  // The other questions of a message only vouch that a part is in scope; what it asks about is its own.
  const weight = context?.sibling === true || ownAspect ? SIBLING_WEIGHT : CONTEXT_WEIGHT;
  for (const r of filler?.ranked ?? []) {
    if (r.intent !== OOS_INTENT) topicScores.set(r.intent, Math.max(topicScores.get(r.intent) ?? 0, weight * r.confidence));
  }
  // A part let in by the others is about what it names, and so is a follow-up naming an aspect of its own ("the guidance?"
  // then "who's it for?"): the topics of the facts on those aspects are candidates.
  if ((context?.sibling === true && contextual) || (ownAspect && wordCount(corrected) <= BARE_FRAGMENT_WORDS)) {
    const own = new Set(tools.concepts.find(corrected, options.audience).map((m) => m.concept));
    for (const fact of knowledge.facts) {
      if (fact.about.some((c) => own.has(c) && SUBJECT_KINDS.has(tools.concepts.kinds.get(c) ?? '')))
        topicScores.set(fact.topic, Math.max(topicScores.get(fact.topic) ?? 0, SIBLING_WEIGHT));
    }
  }
  // "and with the company?": a follow-up turning to another party asks about that party's facts.
  // ("…and the injury insurance?" → "so is the school paying that one too?" asks whether the school pays the thing just
  // answered, not about the school's own facts.)
  const payerOfIt = type === 'yes-no' && PAYS_FOR_IT.test(corrected);
  const offersParties = type === 'choice' || PARTIES_OFFERED.test(corrected) || payerOfIt;
  const switched =
    context?.sibling === true || payerOfIt ? new Set<string>() : switchedParties(tools, corrected, context?.question, options.audience);
  // "do I have to sign anything with the company?": the side named as the other party to an agreement.
  const signedWith = concepts.has('sign') ? signingParty(corrected) : undefined;
  if (signedWith !== undefined) switched.add(signedWith);
  // "我们企业参与校企合作能得到啥好处": what one side gains is that side's needs.
  // "what do schools want from companies?": the same in English.
  const gainer = isChinese(question) ? chineseGainer(tools, corrected, options.audience) : gainingParty(corrected, options.audience);
  if (gainer !== undefined) switched.add(gainer);
  // "what does a school want out of a partnership with a company like ours?": that side's own needs are candidates,
  // however the classifier scored them against the asker's side.
  // (What a side gets out of a mode or a teacher is that mode's; only what it wants is always its needs.)
  if (gainer !== undefined && gainer in COUNTERPART && ASKS_WANTS.test(corrected))
    raisePartyFacts(tools, topicScores, gainer, NEEDS_ASPECTS);
  // "…what companies want" → "and the college?": the other side's gains.
  const otherGainer = context?.sibling === true ? undefined : continuedGainer(tools, corrected, context?.question, options.audience);
  // "and with the company?" after the leave agreement: a party none of the previous answer's facts is about.
  // ("…who runs the project group — us or the teacher?" offers parties to choose from; it turns to none of them.)
  const turned = context?.sibling === true || offersParties ? [] : turnedParties(tools, corrected, context?.facts, options.audience);
  if (otherGainer !== undefined && !turned.includes(otherGainer)) turned.push(otherGainer);
  if (otherGainer !== undefined) raiseOwnFacts(tools, topicScores, otherGainer, context?.facts ?? []);
  for (const party of turned) switched.add(party);
  // "成果归谁": who owns results is left to the leave agreement, whatever topic the results belong to.
  // "can our firm expect the teacher's results to belong to us?": a claim of ownership is answered where ownership is left.
  if (concepts.has('ownership') && (type === 'who' || type === 'choice' || type === 'yes-no'))
    for (const fact of knowledge.facts)
      if (fact.about.includes('ownership')) topicScores.set(fact.topic, Math.max(topicScores.get(fact.topic) ?? 0, OWNERSHIP_TOPIC_SCORE));
  // "why do they fall out?" after what schools want: the topics of the same small section are candidates however unlikely.
  const near = context?.facts !== undefined && context.sibling !== true ? nearSections(knowledge, context.facts) : new Set<string>();
  // "what do we get out of it?" after a whole topic's text ("explain the teaching resources mode"): "it" is its section.
  const gaining = otherGainer ?? gainer;
  const gainsNear =
    gaining !== undefined && near.size === 0 && context?.facts !== undefined && context.sibling !== true
      ? nearSections(knowledge, answeredFacts(knowledge, context))
      : near;
  if (gainsNear.size > 0 && !namesSituation(tools, corrected, options.audience))
    for (const fact of knowledge.facts)
      if (citesNear(knowledge, fact, gainsNear)) topicScores.set(fact.topic, Math.max(topicScores.get(fact.topic) ?? 0, NEAR_TOPIC_SCORE));
  // "what do we get out of it?", "what's in it for the college?" after an enterprise asked about a teacher working
  // part-time (or what such a teacher brings it): the teachers' team mode (4.1) is what such work brings either side, as
  // likely as the best topic.
  const partTimeGains =
    (gaining === 'enterprise' || gaining === 'school') &&
    context !== undefined &&
    context.sibling !== true &&
    answeredFacts(knowledge, context).some(
      (id) => isPartTimeFact(knowledge, id) || knowledge.factById.get(id)?.topic === PART_TIME_GAINS_TOPIC,
    );
  if (partTimeGains) topicScores.set(PART_TIME_GAINS_TOPIC, Math.max(...topicScores.values(), 0));
  // "has anyone actually pulled this off?" after the guidance's conditions: the example the same part of the paper gives.
  if (concepts.has(EXAMPLE) && !A_CASE_OF_EVENTS.test(corrected) && context?.facts !== undefined && context.sibling !== true)
    for (const topic of examplesInSameSection(knowledge, answeredFacts(knowledge, context)))
      topicScores.set(topic, Math.max(...topicScores.values(), 0));
  // …and the topic of the way it names is as likely as the best, however much its words sound like the guidance's scope.
  if (wayRule)
    for (const topic of knowledge.topics)
      if (
        topic.category === 'ways' &&
        knowledge.facts.some((f) => f.topic === topic.id && WAYS.some((w) => concepts.has(w) && f.about.includes(w)))
      )
        topicScores.set(topic.id, Math.max(...topicScores.values(), 0));
  // "tell me more about the second one" after a list: the item's topic is a candidate however unlikely its words make it.
  const listed =
    context?.facts?.length === 0 && context.sibling !== true
      ? (pointedItem(knowledge, corrected, context.topicId) ?? itemOfAspect(tools, corrected, context.topicId, options.audience))
      : undefined;
  const listedTopic = listed === undefined ? undefined : knowledge.factById.get(listed)?.topic;
  if (listedTopic !== undefined) topicScores.set(listedTopic, Math.max(topicScores.get(listedTopic) ?? 0, NEAR_TOPIC_SCORE));
  // "and leaving completely?" after the conditions of in-post start-ups: the named case's like facts are candidates.
  // "what must his in-post firm be?" → "and if he quits teaching for a while to do it full time?": another way of taking part.
  const otherWayNow = context?.facts !== undefined && context.sibling !== true && switchesWay(knowledge, concepts, context.facts);
  const anotherCase =
    context?.facts !== undefined &&
    context.sibling !== true &&
    (ASKED_OF_ANOTHER.test(corrected) || ANOTHER_CASE.test(corrected) || otherWayNow)
      ? situationsNamed(tools, corrected, options.audience)
      : new Set<string>();
  for (const fact of likeFactsOf(tools, context?.facts ?? [], anotherCase))
    topicScores.set(fact.topic, Math.max(topicScores.get(fact.topic) ?? 0, NEAR_TOPIC_SCORE));
  // "what about if the company was a clothing brand, nothing to do with IoT?": the field rule just given is a candidate.
  // "…could I stay out like 5 years and still keep it?" after the three years: a case the fact's own rule turns around.
  const fieldCase =
    context?.facts !== undefined && context.sibling !== true
      ? (fieldCaseOf(
          knowledge,
          concepts,
          withoutFactsOfOtherWays(knowledge, context.facts, waysNamedOnPurpose(tools, corrected, ownConcepts, options.audience)),
        ) ?? ruleCaseOf(tools, ownConcepts, context.facts))
      : undefined;
  const fieldCaseTopic = fieldCase === undefined ? undefined : knowledge.factById.get(fieldCase)?.topic;
  if (fieldCaseTopic !== undefined) topicScores.set(fieldCaseTopic, Math.max(...topicScores.values(), 0));
  // "why are there different conditions for each route?": the reason for the conditions is the purpose the guidance gives.
  // "what paperwork is involved if I leave my post?": the agreements' topics are candidates however the words scored them.
  const paperwork = concepts.has('leave') && type !== 'yes-no' && PAPERWORK.test(corrected);
  if (paperwork)
    for (const id of factsAbout(knowledge, 'leave-agreement'))
      topicScores.set(knowledge.factById.get(id)!.topic, Math.max(...topicScores.values(), 0));
  const whyConditions =
    type === 'why' && concepts.has('condition') && (WAYS.some((w) => concepts.has(w)) || NAMES_THE_WAYS.test(corrected));
  if (whyConditions)
    for (const id of purposeOfConditions(knowledge))
      topicScores.set(knowledge.factById.get(id)!.topic, Math.max(...topicScores.values(), 0));
  // "does that apply to everybody on leave or only some people?" after a rule: whom the rule just given reaches.
  const reachOfRule =
    context?.facts !== undefined &&
    context.sibling !== true &&
    ASKS_REACH_OF_IT.test(corrected) &&
    onlyScopeAsked(tools, corrected, options.audience)
      ? context.facts
      : [];
  for (const id of reachOfRule) {
    const topic = knowledge.factById.get(id)?.topic;
    if (topic !== undefined) topicScores.set(topic, Math.max(...topicScores.values(), 0));
  }
  // "what sort of business would qualify then?" after the condition of a way of taking part: that way's condition.
  const conditionBefore =
    context?.sibling === true || !KIND_OF_BUSINESS.test(corrected) ? undefined : wayConditionOf(knowledge, context?.facts);
  if (conditionBefore !== undefined) topicScores.set(conditionBefore.topic, Math.max(...topicScores.values(), 0));
  // "Which cooperation mode would give us a steady pipeline of graduates?": the mode the mode finder links to that need.
  const needMode = modeForNeed(knowledge, corrected);
  if (needMode !== undefined) topicScores.set(needMode.topic, Math.max(...topicScores.values(), 0));
  // The topic of who issued the guidance is not asked when the issuer only names the guidance.
  if (issuerOnlyNamed) awayFromTopicsOnlyAbout(knowledge, topicScores, 'issuer');
  if (paperOnlyFrames) awayFromTopicsOnlyAbout(knowledge, topicScores, SOURCE);
  // "how long does the school get to absorb the extra headcount?": the length asked of a subject named is that subject's.
  const rankedBy = type === 'how-long' ? withoutAskedLength(concepts, tools.concepts.kinds) : concepts;
  const all = byExamples(tools, corrected, rankFacts(knowledge, topicScores, rankedBy, tools.concepts.kinds, switched));
  const ranked = within === undefined ? all : all.filter((r) => citesWithin(knowledge, r.fact, within));
  if (within !== undefined && ranked.length === 0) return byReference();
  if (needMode !== undefined) focusOn(ranked, factsCiting(ranked, needMode.topic, needMode.clauses), [], POINTED_FACT_BONUS);
  if (conditionBefore !== undefined) focusOn(ranked, [conditionBefore.id], [], POINTED_FACT_BONUS);
  if (reachOfRule.length > 0) focusOn(ranked, reachOfRule, [], POINTED_FACT_BONUS);
  // "why does it set conditions on leaving?" then "what exactly are the conditions?": the conditions themselves.
  const conditionsAfterWhy = context?.type === 'why' && type === 'what' && concepts.has('condition');
  if (wayCondition || conditionsAfterWhy || outside) focusOn(ranked, conditionOfWay(knowledge, concepts), [], POINTED_FACT_BONUS);
  // "will I be fired if I go off post to found a tech company?": the post kept while away, not the business's condition
  // (fired on coming back is another matter).
  if (dismissalOverLeave && !concepts.has('return')) focusOn(ranked, factsAbout(knowledge, PERSONNEL_RELATIONSHIP), [], POINTED_FACT_BONUS);
  // "does my employment contract just stay as it is while I'm away?": the contract changed with the leave agreement, not
  // the one ended on request.
  if (concepts.has('employment-contract') && concepts.has('unchanged') && !concepts.has('terminate'))
    focusOn(ranked, factsWithRuleOn(knowledge, ['employment-contract', 'unchanged']), [], POINTED_FACT_BONUS);
  // "what paperwork is involved if I leave my post?", "who signs what in that case?": the agreements of leaving the post.
  if (paperwork) focusOn(ranked, factsAbout(knowledge, 'leave-agreement'), ['leave'], POINTED_FACT_BONUS);
  // "what agreement do we need to sign when an off-post teacher joins us?": the one the enterprise is a party to.
  // (Not when it names the post-leaving agreement itself: "do we have to sign the post-leaving agreement?".)
  if (options.audience === 'enterprise' && concepts.has('leave-agreement') && WE_SIGN.test(corrected) && !POST_LEAVING.test(corrected))
    focusOn(ranked, factsAbout(knowledge, 'leave-agreement'), ['enterprise'], POINTED_FACT_BONUS);
  // "why are the rules this tight anyway?" after the condition of leaving: the purpose, not the condition again.
  if (whyConditions) focusOn(ranked, purposeOfConditions(knowledge), [], POINTED_FACT_BONUS);
  // What a follow-up names of its own, read against the facts the previous answer gave.
  const followed =
    context?.facts !== undefined && context.sibling !== true
      ? {
          facts: context.facts,
          situation: namesSituation(tools, corrected, options.audience),
          aspects: aspectsOf(tools, corrected, options.audience),
        }
      : undefined;
  // "so who pays that?", "any conditions?": a fragment naming nothing new asks more about what was just answered; one
  // turning to another party asks about something else.
  // ("and does the school get anything back from it?" after what the enterprise gains: the fact just given of the
  // enterprise giving back to the school is about what is asked, the other party's own aspect, and stays.)
  if (followed && turned.length > 0 && fieldCase === undefined)
    setAside(
      ranked,
      followed.facts.filter(
        (id) =>
          !aboutPartyAndAspect(
            knowledge.factById.get(id),
            turned,
            followed.aspects.filter((a) => a !== SOURCE),
          ),
      ),
    );
  else if (followed && switched.size === 0 && !followed.situation && !namesSiblingModifier(knowledge, tools, ownConcepts, followed.facts))
    focusOn(ranked, followed.facts, followed.aspects, PREVIOUS_FACT_BONUS);
  if (followed && !followed.situation) nearPrevious(knowledge, ranked, followed.facts, near);
  // "and then what happens with the results of that?" in a mode's account: the step the paper tells next.
  if (followed && ASKS_WHAT_FOLLOWS.test(corrected)) focusOn(ranked, stepAfter(knowledge, followed.facts), [], POINTED_FACT_BONUS);
  // "We found some loopholes in the lecturer's tech. What's supposed to happen next?": the step after the one the message tells.
  const nextStep =
    !followed && ranked[0] !== undefined && STEP_TOLD_THEN_NEXT.test(corrected) ? stepAfter(knowledge, [ranked[0].fact.id])[0] : undefined;
  // "…an advantage for talent training programmes?" → "and for training bases?": the same question of another subject is
  // answered by that subject's fact most like the one just given.
  if (
    followed?.situation &&
    (ASKED_OF_ANOTHER.test(corrected) || (ANOTHER_CASE.test(corrected) && followed.aspects.length === 0) || otherWayNow)
  )
    likePrevious(tools, ranked, followed.facts, situationsNamed(tools, corrected, options.audience));
  // "and what's in it for us?" after the order-based mode: what that mode gives the party asked about.
  // After one side's gains, "and what's in it for them?" asks the other side's own, not what both sides share.
  const gainedBefore = otherGainer === undefined ? undefined : gainingParty(context?.question ?? '', options.audience);
  // What "it" points at after a whole topic's text is that topic's own section: its facts count as the answer just given.
  const gainsBonus = gainsNear === near ? SAME_SECTION_BONUS : SAME_SECTION_BONUS + PREVIOUS_FACT_BONUS;
  // (After a teacher working part-time, what the enterprise gains is what that mode says it gains.)
  const gainsFocused = followed !== undefined && !followed.situation && gaining !== undefined;
  if (gainsFocused)
    focusOn(
      ranked,
      partTimeGains ? gainsOfPartTime(ranked, gaining) : nearFactsAbout(knowledge, ranked, gainsNear, gaining, gainedBefore),
      [],
      gainsBonus,
    );
  // …unless a fact of the conversation's subject states that very thing ("how long?" of leaving the post: three years).
  if (followed && onlyItsType) focusOn(ranked, statingFacts(knowledge, ranked, type, followed.facts), [], STATED_BONUS);
  // "there was a stat about graduates in there, what was it?": of what was just discussed, the figure it gives.
  else if (followed && type === 'what' && concepts.has('amount')) focusOn(ranked, figuresAmongLeading(ranked), [], POINTED_FACT_BONUS);
  else {
    // "If I leave to found a tech company, for how long?": the fact of the situation named that gives the duration.
    const stating = statingOfSituation(tools, ranked, corrected, type, concepts);
    if (stating !== undefined) focusOn(ranked, [stating], [], POINTED_FACT_BONUS);
  }
  // "…some agreement with the school at the end, right?": the agreement of the school alone with its teacher.
  if (asksSchoolAgreement(corrected)) focusOn(ranked, leaveAgreementsOfSchool(ranked), [], POINTED_FACT_BONUS);
  // "who signs the second one?" after an answer of two facts: the second.
  // "why?", "why so high?" after an answer: the reason of what that answer's first fact says.
  const pointedBack = followed
    ? (pointedFact(corrected, followed.facts) ??
      fieldCase ??
      factOfParty(corrected, followed.facts, knowledge.factById, options.audience) ??
      (followed.facts.length === 0
        ? listed
        : BARE_WHY.test(corrected)
          ? reasonOf(tools, ranked, followed.facts, near)
          : ASKS_EXAMPLE.test(corrected)
            ? otherNear(knowledge, ranked, followed.facts, near, (fact) => fact.about.includes('example'))
            : undefined))
    : undefined;
  // "what do we have to pay for a teacher on leave?": what the asking party does, of the facts the question ranks.
  // "…which mode is about getting students ready for company needs?": the mode's fact the mode finder leads to.
  const needFact = needMode !== undefined && ranked[0]?.fact.topic === needMode.topic ? ranked[0].fact.id : undefined;
  const pointed =
    pointedBack ?? needFact ?? nextStep ?? (type === 'what' ? dutyOf(ranked, concepts, corrected, options.audience) : undefined);
  if (pointed !== undefined) focusOn(ranked, [pointed], [], POINTED_FACT_BONUS);
  const best = ranked[0];
  if (decision.kind === 'clarify' && !(best && settlesClarify(ranked, type, concepts))) {
    const candidates = decision.candidates.flatMap((c) => {
      const ref = refOf(knowledge, c.intent);
      return ref ? [{ ...ref, confidence: c.confidence }] : [];
    });
    const numbered = candidates.map((c, i) => `${i + 1}. ${c.title}`).join('\n');
    const text = `Your question could mean more than one thing. Which did you mean?\n\n${numbered}`;
    return { kind: 'clarify', question, text, candidates, alternatives, knowledgeVersion: knowledge.version, lang: 'en' };
  }
  // A part read with the message's other parts is about what its own best fact says, not what the others were about.
  // "and for enterprises?" after what colleges want: the party asked about has facts of a topic of their own.
  const switchedTopic = best?.fact.about.some((c) => switched.has(c)) === true;
  // "the second one": the item pointed at is answered from its own fact and topic; so is a fragment pointing back whose
  // best fact is of the topic its own words named ("and the schools?" then "what happens when those needs aren't met?").
  // "from which year do students start?" after the training base mode: the fact just given, still the best, keeps its topic.
  const keptFromBefore = followed !== undefined && !followed.situation && best !== undefined && followed.facts.includes(best.fact.id);
  const ownTopic =
    decision.kind !== 'answer' ||
    (context?.sibling === true && best !== undefined) ||
    switchedTopic ||
    (pointed !== undefined && best?.fact.id === pointed) ||
    (pointing && ownDecision.kind === 'answer' && best?.fact.topic === ownDecision.intent) ||
    staysOnPointedTopic(corrected, decision, best, context) ||
    keptFromBefore;
  const topicId = ownTopic ? (best?.fact.topic ?? '') : decision.intent;
  const confidence = decision.kind === 'answer' ? decision.confidence : (topicScores.get(best?.fact.topic ?? '') ?? 0);
  const understanding: FactsUnderstanding = {
    corrected,
    corrections,
    type,
    concepts: base.concepts,
    usedContext: base.usedContext,
    facts: ranked.slice(0, 5).map((r) => ({ id: r.fact.id, score: round(r.score) })),
  };
  // "how much is the hourly allowance…": money for something no fact is about is not covered at all ("how much?" of
  // the fact just given is about that fact; "what percentage…" of a fact giving one is answered by it).
  const followsAnswer =
    best !== undefined && (followed?.facts.includes(best.fact.id) ?? false) && !followed?.situation && followed?.aspects.length === 0;
  if (
    type === 'how-much' &&
    concepts.has('amount') &&
    best !== undefined &&
    best.aspectHits === 0 &&
    !best.fact.states.includes('amount') &&
    !concepts.has('salary') &&
    !followsAnswer
  ) {
    return tools.unknown(question, 'out-of-scope', alternatives);
  }
  // "What problems does the paper find…?": asking for the items of a list gets the topic that lists them.
  const listAsked = type === 'what' && LIST_ASKED.test(askingSentence(corrected));
  const useFacts =
    best !== undefined &&
    (best.fact.id === pointed ||
      // (What one side gains of what was just discussed is the facts focused on it, not the topic's closest ones.)
      (!listAsked &&
        (PRECISE_TYPES.has(type) ||
          (gainsFocused && partTimeGains) ||
          best.aspectHits > 0 ||
          primaryFacts(knowledge, topicId).length === 1 ||
          statesWhatIsAsked(best.fact, concepts) ||
          asksDetailNotGiven(tools, corrected, type, concepts, best.fact))));
  const topic = knowledge.topicById.get(topicId);
  if (!best || !useFacts) {
    // "explain the 4.2 model like I'm new here": a topic outside the section named is no answer; the section's is.
    if (within !== undefined && !topic?.citations.some((id) => inSectionOrBelow(knowledge, id, within))) return byReference();
    if (!topic) return tools.unknown(question, 'low-confidence', alternatives);
    // A broad question ("list the treatment items") gets the topic's own text; a narrower one its closest facts.
    const closest =
      BROAD.test(corrected) || listAsked
        ? []
        : (namedSituationFact(ranked, topicId, concepts, tools.concepts.kinds) ??
          closestFacts(tools, corrected, primaryFacts(knowledge, topicId)));
    if (closest.length === 0)
      return withUnderstanding(
        composeAnswer(knowledge, topic, { question, confidence, audience: options.audience, alternatives }),
        understanding,
      );
    const content = {
      text: composeFromFacts(closest, null, options.audience),
      citations: citationsOfFacts(knowledge, closest),
      verdict: null,
      facts: closest.map((f) => f.id),
    };
    return withUnderstanding(
      composeAnswer(knowledge, topic, { question, confidence, audience: options.audience, alternatives }, content),
      withVerdictRule(understanding, 'the topic’s facts closest to the question'),
    );
  }
  // "what if I come back early?" of what the guidance allows asks whether one may: yes, and the fact.
  // "what if it's a real estate agency instead?" of a fact whose condition that case fails: whether it may, no.
  // "what if instead it's bookkeeping software?" after an accounting teacher's question: a case in the same field, yes.
  const caseDecided =
    (WHAT_IF_IT_IS.test(corrected) || ANOTHER_BUSINESS.test(corrected)) &&
    best.fact.unless.some((r) => (r.verdict === 'no' || r.when.some(isFieldConcept)) && ruleHolds(r, concepts));
  // "what if the company needs me longer, like 5 yrs?": a case a rule of the fact rules out asks whether it still holds.
  const caseRuledOut = WHAT_IF.test(corrected) && best.fact.unless.some((r) => r.verdict === 'no' && ruleHolds(r, concepts));
  // "my major is accounting but the company would be a bubble tea shop": a case told without asking is asked whether it may.
  const caseTold = !/[?]/.test(corrected) && !WH_WORD.test(corrected) && [...concepts].some(isFieldConcept);
  // "so what if I left my post for it instead?" after "would that count?": the same yes/no question of another case.
  const doerCase = WHAT_IF_I.test(corrected) && (best.fact.modality === 'permission' || context?.type === 'yes-no');
  const asked = type === 'what' && (doerCase || caseDecided || caseTold || caseRuledOut) ? 'yes-no' : type;
  // "same for a colleague who only works part-time?" after a rule of leaving the post: the guidance does not say.
  // "who pays his injury insurance? he's part-time": the same, asked of a way the question itself names.
  const otherWay =
    context?.sibling === true
      ? undefined
      : (treatmentOfAnotherWay(tools, corrected, best.fact, context?.facts, options.audience, context?.earlierFacts) ??
        treatmentOfNamedWay(tools, corrected, best.fact, options.audience));
  const again =
    asked === 'yes-no' && !otherWay
      ? (sameAsPreviousAnswer(corrected, best.fact, context, knowledge.factById) ??
        includedElsewhere(corrected, best.fact, context?.sibling === true ? undefined : context?.facts, knowledge.factById))
      : undefined;
  // "is a franchise model one of the six modes?": each thing named, checked against the list.
  const onList = asked === 'yes-no' && !otherWay ? listMembership(corrected, knowledge.facts, tools.concepts, options.audience) : undefined;
  // "does the treatment list say anything about medical treatment?": whether it is spoken of at all.
  const mentioned = asked === 'yes-no' && !otherWay ? mentionVerdict(corrected, best.fact, tools.concepts, options.audience) : undefined;
  // "do we have any say in it?" of what the fact leaves to the teacher: the guidance gives the party asked about no part.
  const say = asked === 'yes-no' && !otherWay ? sayVerdict(corrected, best.fact, options.audience) : undefined;
  // "do I need to leave my post to do it?" after part-time work or a start-up in post: that way keeps the post.
  // "must I leave my post in order to start a company?": a start-up can be founded in post.
  const inPost =
    asked === 'yes-no'
      ? (leavingForAWayInPost(corrected, context?.facts, knowledge.factById) ?? leavingToTakeAWayInPost(corrected, knowledge.factById))
      : undefined;
  const compound = inPost
    ? inPost
    : otherWay
      ? otherWay
      : onList
        ? { decision: onList.decision, facts: [onList.fact] }
        : mentioned
          ? { decision: mentioned, facts: [best.fact] }
          : say
            ? { decision: say, facts: [best.fact] }
            : again
              ? { decision: again, facts: [best.fact] }
              : asked === 'yes-no'
                ? compoundVerdict(knowledge, tools.concepts, {
                    question: corrected,
                    concepts,
                    topicScores,
                    topicScoresOf: (claim) =>
                      topicScoresOf(classifier.predict(expandWithGlossary(knowledge, claim), ALTERNATIVES_COUNT + 1)),
                    audience: options.audience,
                  })
                : undefined;
  // "and their social insurance?" after "do we pay his injury insurance?": the doer is borrowed from the question before,
  // which an example of the bare words ("do teachers keep their social insurance?") knows nothing of.
  const actor = asked === 'yes-no' ? continuedActor(corrected, asked, context?.question, options.audience) : undefined;
  const borrowsDoer = actor !== undefined && askedActor(corrected, options.audience) === undefined && actor !== best.fact.by;
  const example =
    asked === 'yes-no' && !compound && !borrowsDoer
      ? closeExample(tools, corrected, aboutWhatWasSaid(ranked, corrected, followed), options.audience, concepts)
      : undefined;
  return answerFromFacts(knowledge, tools.verdicts, {
    question,
    claimed: continuedClaim(question, corrected, type, context),
    type: asked,
    concepts,
    ranked,
    confidence,
    alternatives,
    audience: options.audience,
    understanding,
    compound: compound ?? example,
    matcher: tools.concepts,
    // Only a yes/no verdict turns on who does what.
    actor,
    gains: gainer !== undefined && !ASKS_WANTS.test(corrected) ? gainer : undefined,
  });
}

/**
 * What a question claims: a fragment that asks yes or no only by following a yes/no question that claims a lack ("does
 * the paper say cooperation lacks money?" → "and legal guarantees?") claims the same lack of what it names.
 */
function continuedClaim(question: string, corrected: string, type: QuestionType, context: AskOptions['context']): string {
  const previous = context?.question;
  if (type !== 'yes-no' || previous === undefined || questionType(corrected) === 'yes-no' || !negates(previous)) return question;
  return (context?.type ?? questionType(previous)) === 'yes-no' ? `${previous} ${question}` : question;
}

/** The last sentence of a message: what it asks after any background ("…a report for our dean. What causes…?"). */
const LAST_SENTENCE = /[^.!?]+[.!?]*\s*$/;
/** A lead-in closed by a colon ("For a seminar: what…?"). */
const LEAD_IN_COLON = /^[^:?]{1,60}:\s+/;

/** What a message asks: its last sentence, without a lead-in closed by a colon. */
function askingSentence(question: string): string {
  return (LAST_SENTENCE.exec(question)?.[0] ?? question).trim().replace(LEAD_IN_COLON, '');
}

/**
 * "what's the minimum company size to host part-time teachers?": an open question (not why) whose asking sentence wants a
 * detail its best fact does not give, answered from that fact as not stated rather than with the topic's text.
 */
function asksDetailNotGiven(tools: AnswerTools, question: string, type: QuestionType, concepts: ReadonlySet<string>, fact: Fact): boolean {
  if (type === 'why' || !concepts.has('detail')) return false;
  const asked = askingSentence(question);
  return (
    tools.concepts.find(asked).some((m) => m.concept === 'detail') && asksUnsupportedDetail(tools.knowledge, tools.concepts, asked, fact)
  );
}

/**
 * An open question (why, what, how) too close to call between topics of one category that has an overview topic: the
 * overview, which names them all, instead of a menu. Undefined when the decision stands.
 */
function overviewOfSiblings(knowledge: Knowledge, decision: Decision, type: QuestionType): Decision | undefined {
  if (decision.kind !== 'clarify' || (type !== 'why' && type !== 'what' && type !== 'how')) return undefined;
  const categories = new Set(decision.candidates.map((c) => knowledge.topicById.get(c.intent)?.category));
  const [category] = categories;
  const overview = category === undefined ? undefined : knowledge.topicById.get(`${category}.overview`);
  if (categories.size !== 1 || overview === undefined) return undefined;
  return { kind: 'answer', intent: overview.id, confidence: decision.candidates[0]!.confidence };
}

/**
 * How close behind the top topic its category's overview must come for a general question to get the overview (chosen
 * on the development sets: 0.85 gained two answers, 0.7 and 0.5 three, none lost).
 */
const OVERVIEW_CLOSE_BEHIND = 0.7;

/**
 * "why do so many college–company partnerships fall apart?": a general why/what question whose top topic is one of a
 * category's topics, with that category's overview close behind, is answered by the overview.
 */
function overviewCloseBehind(knowledge: Knowledge, decision: Decision, prediction: Prediction, type: QuestionType): Decision | undefined {
  if (decision.kind !== 'answer' || (type !== 'why' && type !== 'what')) return undefined;
  const [top, second] = prediction.ranked;
  const category = knowledge.topicById.get(decision.intent)?.category;
  if (top?.intent !== decision.intent || second === undefined || second.intent !== `${category}.overview`) return undefined;
  return second.confidence >= OVERVIEW_CLOSE_BEHIND * top.confidence
    ? { kind: 'answer', intent: second.intent, confidence: second.confidence }
    : undefined;
}

/** "we don't have to…", "doesn't need to…": a duty denied. */
const DENIAL = String.raw`\b(?:don't|dont|do not|doesn't|does not|needn't|need not)\s+(?:really\s+)?(?:(?:have|has|need) to\s*)?`;
/** What the duty denied is: paying named, or nothing after "to" ("so we don't need to?"). */
const DUTY_DENIED = String.raw`(?=(?:pay|cover|contribute)\b|(?<=\bto\s*)(?:either|then|now)?\s*[?!.]*\s*$)`;
/**
 * "we don't have to pay…", "the school doesn't need to cover…", "so we don't need to?": a duty to pay denied in a claim,
 * the duty named or left to the question before.
 */
const DENIED_DUTY = new RegExp(DENIAL + DUTY_DENIED, 'i');

/** A verdict of yes or no turned around, with the rule saying why; other verdicts unchanged. */
function turnedAround(decision: VerdictDecision): VerdictDecision {
  const verdict = decision.verdict === 'yes' ? 'no' : decision.verdict === 'no' ? 'yes' : decision.verdict;
  return verdict === decision.verdict
    ? decision
    : { ...decision, verdict, rule: `${decision.rule}; asked whether it is false → ${verdict}` };
}

function answerFromFacts(
  knowledge: Knowledge,
  verdicts: () => VerdictModel | undefined,
  input: {
    question: string;
    type: QuestionType;
    concepts: ReadonlySet<string>;
    ranked: RankedFact[];
    confidence: number;
    alternatives: ScoredIntent[];
    audience: Audience | undefined;
    understanding: FactsUnderstanding;
    /** A verdict decided beforehand, with the facts that give it and, when it says more than they do, its own text. */
    compound: { decision: VerdictDecision; facts: Fact[]; text?: string } | undefined;
    matcher: ConceptMatcher;
    /** The party a yes/no question makes the doer (a fragment's is the previous question's); undefined for other questions. */
    actor: string | undefined;
    /** What the question claims, when a fragment borrows the claim of the yes/no question before it. */
    claimed: string;
    /** The side whose gains (not wants) the question asks about, if any. */
    gains?: string | undefined;
  },
): AnswerResult {
  const best = input.ranked[0]!;
  // "is it fake news that teachers can come back early?": the claim after it is read, and its verdict turned around.
  const calledFalse = input.type === 'yes-no' ? CALLED_FALSE.exec(input.claimed) : null;
  const claimedTrue = calledFalse ? input.claimed.slice(calledFalse[0].length) : input.claimed;
  // "so we don't have to pay his injury insurance?": whether the duty is there, asked the other way round.
  const deniesDuty = input.type === 'yes-no' && input.compound === undefined && DENIED_DUTY.test(claimedTrue);
  const claimed = deniesDuty ? claimedTrue.replace(DENIED_DUTY, 'have to ') : claimedTrue;
  const { claim, concepts } = claimReading(claimed, input.concepts, input.matcher, input.audience);
  const denied = input.type === 'yes-no' && best.fact.unless.length > 0 ? input.matcher.denied(claim, input.audience) : undefined;
  const ruled = input.compound?.decision ?? ruledVerdict(knowledge, input, best.fact, { claim, concepts, denied });
  const model = input.type === 'yes-no' ? verdicts() : undefined;
  const read = (model && learnedVerdict(model, knowledge, claim, best.fact, concepts, ruled)) ?? ruled;
  const decision = withoutInventedBenefit(
    (calledFalse !== null && read.asAsked !== true) !== deniesDuty ? turnedAround(read) : read,
    knowledge,
    input.question,
    best.fact,
  );
  const extra = decision.with.flatMap((id) => knowledge.factById.get(id) ?? []);
  const facts: Fact[] = input.compound ? [...input.compound.facts] : [best.fact, ...extra];
  if (input.type !== 'yes-no' && decision.verdict === null) facts.push(...companions(input.ranked, facts, askedInPlural(input.question)));
  // "what's in it for us?": what a side hopes for is told with what the paper says it gains.
  if (input.gains !== undefined && decision.verdict === null) facts.push(...gainsBeside(input.ranked, facts, input.gains));
  const topic = knowledge.topicById.get(facts[0]!.topic)!;
  // "can I come back after 4 years?": a "no" that a rule of the best fact gives because of another fact (the three-year
  // limit) says that fact first, so the answer does not open "No. You can return early…".
  const [first, ...others] = facts;
  const turnedByOthers = others.length > 0 && decision.verdict === 'no' && first!.verdict !== 'no';
  const told = turnedByOthers ? [...others, first!] : facts;
  const content = {
    text: input.compound?.text ?? composeFromFacts(told, decision.verdict, input.audience),
    citations: citationsOfFacts(knowledge, facts),
    verdict: decision.verdict,
    facts: facts.map((f) => f.id),
  };
  const { question, confidence, audience, alternatives } = input;
  return withUnderstanding(
    composeAnswer(knowledge, topic, { question, confidence, audience, alternatives }, content),
    withVerdictRule(input.understanding, decision.rule),
  );
}

/** What is understood of a question answered from facts before its verdict is decided; it refers to no section or clause. */
type FactsUnderstanding = Omit<Understanding, 'reference' | 'verdictRule'>;

/** The understanding with the rule its verdict came from, written out field by field (a spread adding a key is slow in V8). */
function withVerdictRule(understanding: FactsUnderstanding, verdictRule: string): Understanding {
  const { corrected, corrections, type, concepts, usedContext, facts } = understanding;
  return { corrected, corrections, type, concepts, usedContext, facts, verdictRule };
}

/**
 * "Does the guidance give me a start-up grant if I leave?": a yes from the fact on leaving would grant what the source
 * never mentions, so the guidance does not say.
 */
function withoutInventedBenefit(decision: VerdictDecision, knowledge: Knowledge, question: string, fact: Fact): VerdictDecision {
  if (decision.verdict !== 'yes') return decision;
  if (asksUnmentionedBenefit(knowledge, question, fact))
    return { verdict: 'not-stated', rule: `${decision.rule}; but the source mentions no such benefit`, with: [] };
  // "do we pay the students?" of a fact that speaks of no money at all.
  if (asksUnmentionedPayment(knowledge, question, fact))
    return { verdict: 'not-stated', rule: `${decision.rule}; but the fact speaks of no payment`, with: [] };
  return decision;
}

/**
 * The verdict the fact's rules give: a yes/no question is read with its doer, its claim and whether it asks a detail the
 * fact does not give; any other question's verdict turns on its type, its concepts, whether it asks who decides and
 * whether it asks such a detail.
 */
function ruledVerdict(
  knowledge: Knowledge,
  input: { question: string; type: QuestionType; matcher: ConceptMatcher; actor: string | undefined },
  fact: Fact,
  read: { claim: string; concepts: ReadonlySet<string>; denied: ReadonlySet<string> | undefined },
): VerdictDecision {
  const unsupported = asksUnsupportedDetail(knowledge, input.matcher, input.question, fact);
  if (input.type !== 'yes-no') return decideVerdict(fact, input.type, read.concepts, undefined, input.question, unsupported);
  return decideVerdict(fact, input.type, read.concepts, input.actor, read.claim, unsupported, read.denied);
}

/** How far ahead of every other topic the conversation's topic is put when a detail of it is asked. */
const DETAIL_LEAD = 0.5;
/** The topic of why the guidance sets conditions (3-7). */
const PURPOSE_TOPIC = 'guidance.purpose';
const CONDITIONS = String.raw`(?:rules?|conditions?|restrictions?|requirements?)`;
const SOME = String.raw`(?:these\s+|such\s+|any\s+|all\s+these\s+|so\s+many\s+)?`;
const REASON_FOR_CONDITIONS = new RegExp(
  String.raw`\b(?:what(?:'s| is)|whats)\s+the\s+(?:point|purpose|reason|idea|logic|rationale|thinking)\s+(?:of|for|behind)\s+` +
    String.raw`(?:[\w'-]+\s+){0,6}?${CONDITIONS}\b` +
    String.raw`|^(?:and\s+)?why\s+(?:are|is)\s+there\s+${SOME}${CONDITIONS}\b` +
    // "why does it put conditions on the three ways at all?"
    String.raw`|^(?:and\s+)?why\s+(?:does|do|did|would)\s+(?:it|they|the guidance|the ministry|the policy)\s+` +
    String.raw`(?:put|set|impose|attach|place|add|have)\s+${SOME}${CONDITIONS}\b`,
  'i',
);

/** What the scores of other topics keep when a question points at the subject just discussed ("in this mode"). */
const POINTED_AWAY = 0.5;

/** Lowers the topics whose every fact is about the concept, which the question names without asking. */
function awayFromTopicsOnlyAbout(knowledge: Knowledge, topicScores: Map<string, number>, concept: string): void {
  for (const [topic, score] of topicScores) {
    const facts = knowledge.facts.filter((f) => f.topic === topic);
    if (facts.length > 0 && facts.every((f) => f.about.includes(concept))) topicScores.set(topic, score * POINTED_AWAY);
  }
}
/** Below this a follow-up's own reading is unsure, and the conversation's previous question is read with it. */
const UNSURE_ALONE = 0.5;

/** True when a follow-up read on its own lands on a topic with less than even confidence. */
function unsureAlone(decision: Decision): boolean {
  return decision.kind === 'answer' && decision.confidence < UNSURE_ALONE;
}

/** The weight of the previous answer's fact a follow-up points at by its place: it decides. */
const POINTED_FACT_BONUS = 2;
/** The weight of the previous answer's facts when a fragment naming nothing new is ranked. */
const PREVIOUS_FACT_BONUS = 0.6;
/** What a fact that states the asked duration or amount gains in a bare "how long?" (half a previous fact's bonus). */
const STATED_BONUS = 0.3;

/**
 * Raises (or lowers, for a negative bonus) the facts the previous answer gave that are about every aspect the follow-up
 * names ("any conditions?" of a fact on conditions), and re-sorts the ranking in place.
 */
function focusOn(ranked: RankedFact[], previous: readonly string[], aspects: readonly string[], bonus: number): void {
  for (const [i, r] of ranked.entries())
    if (previous.includes(r.fact.id) && aspects.every((c) => r.fact.about.includes(c))) ranked[i] = { ...r, score: r.score + bonus };
  ranked.sort((a, b) => b.score - a.score);
}

/**
 * "What if he taught accounting instead?" after a question on a logistics firm's part-time lecturer: a follow-up whose
 * fields stand apart (or together) is a case for the fact just given whose rules fields decide. After the guidance's
 * own scope ("does it cover her too?" → "she wants to open a flower shop, would that count?"), which no field decides,
 * it is a case for the guidance's rule on the kind of business it covers.
 */
function fieldCaseOf(knowledge: Knowledge, concepts: ReadonlySet<string>, previous: readonly string[]): string | undefined {
  if (![...concepts].some(namesAFieldCase)) return undefined;
  const decidedByField = (fact: Fact | undefined) => fact?.unless.some((r) => r.when.some(isFieldConcept)) === true;
  const ofPrevious = previous.find((id) => decidedByField(knowledge.factById.get(id)));
  if (ofPrevious !== undefined || !concepts.has(UNRELATED) || previous.length === 0) return ofPrevious;
  if (!previous.every((id) => knowledge.factById.get(id)?.topic.startsWith(GUIDANCE_SECTION) === true)) return undefined;
  return knowledge.facts.find(
    (f) =>
      f.topic.startsWith(GUIDANCE_SECTION) && f.unless.some((r) => r.verdict === 'no' && r.when.length === 1 && r.when[0] === UNRELATED),
  )?.id;
}

/** The concept of how long something lasts (knowledge/concepts.yaml). */
const DURATION = 'duration';

/** A how-long question's concepts without the length asked, when it names another aspect whose length it asks. */
function withoutAskedLength(concepts: ReadonlySet<string>, kinds: ReadonlyMap<string, string>): ReadonlySet<string> {
  const other = [...concepts].some((c) => c !== DURATION && kinds.get(c) === 'aspect');
  return other ? new Set([...concepts].filter((c) => c !== DURATION)) : concepts;
}

/** The concept of a business said to be unrelated to what the teacher does (knowledge/concepts.yaml). */
const UNRELATED = 'unrelated';
/** The topics of the guidance as a whole: who issued it, whom it covers, what it focuses on. */
const GUIDANCE_SECTION = 'guidance.';

/**
 * "…could I stay out like 5 years and still keep it?" after the three years: a follow-up naming no situation or aspect
 * the fact is not about, whose own words meet a rule turning the fact to "no", a rule of modifiers alone ("five years"),
 * is a case for that fact.
 */
function ruleCaseOf(tools: AnswerTools, own: ReadonlySet<string>, previous: readonly string[]): string | undefined {
  const turnsToNo = (r: Fact['unless'][number]): boolean =>
    r.verdict === 'no' && r.when.length > 0 && r.when.every((c) => tools.concepts.kinds.get(c) === 'modifier') && ruleHolds(r, own);
  // "and if I stayed in my teaching job and ran the shop on the side?" after leaving the post names another situation;
  // "…could I keep the personnel relationship if I stay out four years?" after the vacancy rule, another aspect.
  return previous.find((id) => namesOnlyItsOwn(tools, own, id) && tools.knowledge.factById.get(id)?.unless.some(turnsToNo));
}

/**
 * "…has clear financial support, and is most of it long-term?": a modifier the facts just given are not about, but
 * another fact of their topic is, asks of that fact.
 */
function namesSiblingModifier(knowledge: Knowledge, tools: AnswerTools, own: ReadonlySet<string>, previous: readonly string[]): boolean {
  const facts = previous.flatMap((id) => knowledge.factById.get(id) ?? []);
  const topics = new Set(facts.map((f) => f.topic));
  const modifiers = [...own].filter((c) => tools.concepts.kinds.get(c) === 'modifier' && !facts.some((f) => f.about.includes(c)));
  return modifiers.some((c) => knowledge.facts.some((f) => topics.has(f.topic) && !previous.includes(f.id) && f.about.includes(c)));
}

/** Ways a question names only on purpose ("on the side", "consulting" may name part-time work of an in-post start-up). */
const NAMED_WAYS = ['in-post', 'leave'];
const PART_TIME = 'part-time';
/** The words naming part-time work on purpose: "what about a part-time job…" after an in-post start-up. */
const PART_TIME_NAMED = /\bpart[- ]?time\b/i;

/** The ways of taking part a question names on purpose. */
function waysNamedOnPurpose(tools: AnswerTools, text: string, own: ReadonlySet<string>, audience: Audience | undefined): Set<string> {
  const ways = new Set(NAMED_WAYS.filter((way) => own.has(way)));
  if (own.has(PART_TIME) && tools.concepts.find(text, audience).some((m) => m.concept === PART_TIME && PART_TIME_NAMED.test(m.matched)))
    ways.add(PART_TIME);
  return ways;
}

/**
 * The facts without those a way named is not about: "…and can I start an in-post business unrelated to my major?" after
 * part-time work names another case, not the part-time fact's.
 */
function withoutFactsOfOtherWays(knowledge: Knowledge, facts: readonly string[], named: ReadonlySet<string>): string[] {
  return facts.filter((id) => {
    const about = knowledge.factById.get(id)?.about ?? [];
    return [...named].every((way) => about.includes(way));
  });
}

/** The kinds of concept by which a question names a subject of its own. */
const SUBJECT_NAMING_KINDS: ReadonlySet<string> = new Set(['situation', 'aspect']);

/** True when every situation and aspect a question names is one the fact is about. */
function namesOnlyItsOwn(tools: AnswerTools, own: ReadonlySet<string>, factId: string): boolean {
  const about = tools.knowledge.factById.get(factId)?.about ?? [];
  return [...own].every((c) => !SUBJECT_NAMING_KINDS.has(tools.concepts.kinds.get(c) ?? '') || about.includes(c));
}

/** True for a concept naming how a business's field stands to the teacher's ("…nothing to do with what we teach"). */
function namesAFieldCase(concept: string): boolean {
  return isFieldConcept(concept) || concept === UNRELATED;
}

/** "then what happens…", "what happens next?": asking for the step after the one just told. */
const ASKS_WHAT_FOLLOWS = /\b(?:then what|what then|what next|what happens (?:next|then|after that))\b/i;
/** The asking enterprise as the one signing: "what agreement do we need to sign…?", "should we sign anything?". */
const WE_SIGN = /\b(?:do|should|must|would|will|can) we\b[^?.!]{0,30}\bsign\b|\bwe (?:need|have|must|should)(?: to)? sign\b/i;
/** The papers to sign asked for: "what paperwork is involved…", "who signs what…", "what do I have to sign…". */
const PAPERWORK = /\bpaperwork\b|\bsigns? what\b|\bwhat (?:do|does|must|should|would) (?:i|we|he|she|they) (?:have to |need to )?sign\b/i;
/** The post-leaving agreement named as such. */
const POST_LEAVING = /\b(?:post[- ]leaving|leaving|off[- ]post|leave) agreement\b/i;
/** A party's paying for what was just answered: "is the school paying that one too?", "so the college pays it?". */
const PAYS_FOR_IT = /\b(?:pay|pays|paying|paid|cover|covers|covering|covered)\s+(?:for\s+)?(?:that one|this one|that|it|this)\b/i;
/** Two parties offered as the answer: "…the company or the teacher?", "…us or the school?". */
const OFFERED_PARTY = String.raw`(?:us|we|(?:the|my|our|his|her) (?:company|enterprise|firm|school|college|university|teacher|lecturer))`;
const PARTIES_OFFERED = new RegExp(String.raw`\b${OFFERED_PARTY},? or ${OFFERED_PARTY}\b`, 'i');
/** A step told, then what comes after it: "…found loopholes in it. What's supposed to happen next?". */
const STEP_TOLD_THEN_NEXT = /[.!;,]\s.*\bwhat(?:'s| is)? (?:(?:supposed|meant) to |should |will )?happens? (?:next|then|after that)\b/i;
/** The section whose clauses tell the modes' steps in order (a rule of section 3 has no "next"). */
const STEPWISE_SECTION = /^4\./;

const SCOPE = 'scope';
/** "does that apply to everybody…?", "does it apply only to some people?": whether what was just said reaches everyone. */
const ASKS_REACH_OF_IT =
  /^(?:(?:so|and|but|ok|okay)\W+)*(?:does|do|would|will)\s+(?:that|this|it)\s+(?:rule\s+)?apply\s+to\s+(?:every|all|any|only)\w*\b/i;

/** True when the only aspect a question names is whom something applies to. */
function onlyScopeAsked(tools: AnswerTools, text: string, audience: Audience | undefined): boolean {
  const aspects = aspectsOf(tools, text, audience);
  return aspects.length > 0 && aspects.every((aspect) => aspect === SCOPE);
}

/** The facts citing the clause the paper tells right after the last one the previous facts cite, within one mode. */
function stepAfter(knowledge: Knowledge, previous: readonly string[]): string[] {
  const order = [...knowledge.clauses.keys()];
  const cited = previous.flatMap((id) => knowledge.factById.get(id)?.clauses ?? []);
  const last = Math.max(-1, ...cited.map((c) => order.indexOf(c)));
  const [here, next] = [order[last], order[last + 1]];
  if (here === undefined || next === undefined || !STEPWISE_SECTION.test(here) || sectionOf(here) !== sectionOf(next)) return [];
  return knowledge.facts.filter((f) => f.clauses[0] === next).map((f) => f.id);
}

/** The section a clause id belongs to ("4.2" of "4.2-1"). */
function sectionOf(clause: string): string {
  return clause.split('-')[0]!;
}

/** The parties whose results the guidance's ownership rule is about. */
const OWNING_PARTIES = ['teacher', 'school', 'enterprise', 'self'];

/**
 * "who owns the stuff the teacher invents while working for us": who owns what a party makes is for the leave agreement
 * (3-17), however unsure the classifier; undefined for any other question, or one naming no party outside a conversation.
 */
function ownershipTopic(
  { knowledge, concepts }: AnswerTools,
  declined: Decision,
  type: QuestionType,
  text: string,
  audience: Audience | undefined,
  inConversation: boolean,
): Decision | undefined {
  if (declined.kind !== 'unknown' || (type !== 'who' && type !== 'choice')) return undefined;
  const named = new Set(concepts.find(text, audience).map((m) => m.concept));
  // ("who owns the materials at the end?" in a conversation is asked of the parties it is about.)
  if (!named.has('ownership') || !(inConversation || OWNING_PARTIES.some((p) => named.has(p)))) return undefined;
  const fact = knowledge.facts.find((f) => f.about.includes('ownership'));
  return fact ? { kind: 'answer', intent: fact.topic, confidence: OWNERSHIP_TOPIC_SCORE } : undefined;
}

/**
 * "what do companies want?" → "and the college?": the topics of the facts about that party alone on what the previous
 * answer was first about (its needs) become as likely as the likeliest topic.
 */
function raiseOwnFacts(tools: AnswerTools, topicScores: Map<string, number>, party: string, previous: readonly string[]): void {
  const { knowledge, concepts } = tools;
  const firstAspect = (id: string) => knowledge.factById.get(id)?.about.find((c) => concepts.kinds.get(c) === 'aspect') ?? [];
  raisePartyFacts(tools, topicScores, party, new Set(previous.flatMap(firstAspect)));
}

/** Words asking what a side wants (not what it gets or must do: "what do we need to sign?"). */
const ASKS_WANTS = /\b(?:wants?|hopes?|hoping for|looking for|after|seeking)\b/i;
/** The aspect of what a side gains. */
const BENEFIT = 'benefit';
/** The aspect of what a side wants from cooperation. */
const NEEDS_ASPECTS: ReadonlySet<string> = new Set(['needs']);

/** Raises to the top score the topics of the facts about one party alone (not its counterpart) and one of the aspects. */
function raisePartyFacts(tools: AnswerTools, topicScores: Map<string, number>, party: string, aspects: ReadonlySet<string>): void {
  const top = Math.max(...topicScores.values(), 0);
  for (const fact of tools.knowledge.facts)
    if (fact.about.includes(party) && !fact.about.includes(COUNTERPART[party] ?? '') && fact.about.some((c) => aspects.has(c)))
      topicScores.set(fact.topic, top);
}

/** The ranked facts of a topic that cite one of the clauses. */
function factsCiting(ranked: readonly RankedFact[], topic: string, clauses: readonly string[]): string[] {
  return ranked.filter((r) => r.fact.topic === topic && r.fact.clauses.some((c) => clauses.includes(c))).map((r) => r.fact.id);
}

/** The sections of the clauses a fact cites. */
function sectionsOf(knowledge: Knowledge, fact: Fact): string[] {
  return fact.clauses.flatMap((id) => knowledge.clauses.get(id)?.section ?? []);
}

/** The weight of sharing a section with the previous answer's facts when a follow-up is ranked. */
const SAME_SECTION_BONUS = 0.4;
/** The topic score of the facts near the previous answer when a follow-up names no situation of its own. */
const NEAR_TOPIC_SCORE = 0.1;
/** A section of more clauses than this (the guidance's whole summary) says nothing about what is near. */
const NEAR_SECTION_CLAUSES = 8;

/** The concept of asking for an example or a case. */
const EXAMPLE = 'example';
/** "in the worst case", "in that case": a case of events, not an example asked for. */
const A_CASE_OF_EVENTS = /\b(?:worst|best|that|this|any|which|either|such a|in)\s+case\b/i;

/** The topics of the example facts in the top-level sections of the paper the given facts cite ("3" for 3-7 and 3-9). */
function examplesInSameSection(knowledge: Knowledge, factIds: readonly string[]): Set<string> {
  const top = (section: string) => section.split('.')[0]!;
  const sections = new Set(factIds.flatMap((id) => knowledge.factById.get(id) ?? []).flatMap((f) => sectionsOf(knowledge, f).map(top)));
  const topics = new Set<string>();
  for (const fact of knowledge.facts)
    if (fact.about.includes(EXAMPLE) && sectionsOf(knowledge, fact).some((s) => sections.has(top(s)))) topics.add(fact.topic);
  return topics;
}

/** The topic of what a teacher working part-time brings an enterprise (4.1). */
const PART_TIME_GAINS_TOPIC = 'modes.teachers-team';
/** "each route", "the three options": the ways of taking part named together. */
const NAMES_THE_WAYS = /\b(?:routes?|paths?|options|ways)\b/i;

/** True for a fact about working part-time in an enterprise. */
function isPartTimeFact(knowledge: Knowledge, id: string): boolean {
  return knowledge.factById.get(id)?.about.includes('part-time') ?? false;
}

/** The small sections of the clauses the previous answer's facts cite: what a follow-up is near. */
function nearSections(knowledge: Knowledge, previous: readonly string[]): Set<string> {
  const clauses = [...knowledge.clauses.values()];
  const small = (section: string) => clauses.filter((c) => c.section === section).length <= NEAR_SECTION_CLAUSES;
  // A conversation remembered across a knowledge reload may name a fact that is gone: it has no sections.
  return new Set(
    previous
      .flatMap((id) => {
        const fact = knowledge.factById.get(id);
        return fact ? sectionsOf(knowledge, fact) : [];
      })
      .filter(small),
  );
}

/** The facts the previous answer gave, or its topic's when it gave the whole text of a topic of one section ("explain the X mode"). */
function answeredFacts(knowledge: Knowledge, context: NonNullable<AskOptions['context']>): readonly string[] {
  if (context.facts === undefined || context.facts.length > 0 || context.topicId === undefined) return context.facts ?? [];
  const facts = knowledge.facts.filter((f) => f.topic === context.topicId);
  // Only a topic of one section stands for a place in the source; a wider one says nothing of what "it" is.
  return new Set(facts.flatMap((f) => sectionsOf(knowledge, f))).size === 1 ? facts.map((f) => f.id) : [];
}

/** True when a fact gives the figure or date a question asks for ("what's the number?" of the 70% fact). */
function statesWhatIsAsked(fact: Fact, concepts: ReadonlySet<string>): boolean {
  return (concepts.has('amount') && fact.states.includes('amount')) || (concepts.has('date') && fact.states.includes('date'));
}

/** Below this, a follow-up's own reading of its topic is a guess. */
const UNSURE_OWN_TOPIC = 0.5;

/**
 * "…and what does the school lose when that happens?": a follow-up pointing back, whose own topic is a guess, stays on
 * the conversation's topic when its best fact is of that topic.
 */
function staysOnPointedTopic(text: string, decision: Decision, best: RankedFact | undefined, context: AskOptions['context']): boolean {
  if (context?.topicId === undefined || context.sibling === true || decision.kind !== 'answer') return false;
  return decision.confidence < UNSURE_OWN_TOPIC && pointsBack(text) && best?.fact.topic === context.topicId;
}

/** How far down the ranking a fact the asking party does is looked for. */
const DUTY_RANKS = 5;

/**
 * The one fact among the best ranked that the party asked about does, when the question asks what it pays or must do
 * (the party is read only then: most questions ask no duty).
 */
function dutyOf(
  ranked: readonly RankedFact[],
  concepts: ReadonlySet<string>,
  question: string,
  audience: Audience | undefined,
): string | undefined {
  if (!(concepts.has('pay') || concepts.has('obliged'))) return undefined;
  const actor = askedActor(question, audience);
  if (actor === undefined) return undefined;
  const theirs = ranked.slice(0, DUTY_RANKS).filter((r) => r.fact.by === actor);
  return theirs.length === 1 ? theirs[0]!.fact.id : undefined;
}

/** The best three ranked facts on a leave agreement that binds no enterprise. */
function leaveAgreementsOfSchool(ranked: readonly RankedFact[]): string[] {
  return ranked
    .slice(0, SCHOOL_AGREEMENT_RANKS)
    .filter((r) => r.fact.about.includes('leave-agreement') && !r.fact.about.includes('enterprise'))
    .map((r) => r.fact.id);
}
/** How far down the ranking a leave agreement with the school alone is looked for. */
const SCHOOL_AGREEMENT_RANKS = 3;

/**
 * The best ranked fact filed under the answer's topic on what the party gains, when the facts chosen tell only what it
 * hopes for ("what's in it for us?" → what enterprises hope for, and the human capital they gain).
 */
function gainsBeside(ranked: readonly RankedFact[], chosen: readonly Fact[], party: string): Fact[] {
  const topic = chosen[0]!.topic;
  if (chosen.length >= MAX_FACTS || chosen.some((f) => f.about.includes(BENEFIT)) || !chosen[0]!.about.includes(party)) return [];
  const gains = ranked.find((r) => r.fact.topics.includes(topic) && r.fact.about.includes(BENEFIT) && r.fact.about.includes(party));
  return gains === undefined ? [] : [gains.fact];
}

/** The ranked facts of the teachers' team mode on what a party gains from a teacher working part-time. */
function gainsOfPartTime(ranked: readonly RankedFact[], party: string): string[] {
  return ranked
    .filter((r) => r.fact.topic === PART_TIME_GAINS_TOPIC && r.fact.about.includes(party) && r.fact.about.includes('benefit'))
    .map((r) => r.fact.id);
}

/** The ranked facts of the near sections about a party (and not about `notParty`, when given). */
function nearFactsAbout(
  knowledge: Knowledge,
  ranked: readonly RankedFact[],
  near: ReadonlySet<string>,
  party: string,
  notParty?: string,
): string[] {
  return ranked
    .filter((r) => r.fact.about.includes(party) && !(notParty && r.fact.about.includes(notParty)) && citesNear(knowledge, r.fact, near))
    .map((r) => r.fact.id);
}

/** True when a fact cites a clause of one of the sections. */
function citesNear(knowledge: Knowledge, fact: Fact, sections: ReadonlySet<string>): boolean {
  return sectionsOf(knowledge, fact).some((s) => sections.has(s));
}

/**
 * "any example?" after the legal problems: facts of the sections near the previous answer (other than its own facts)
 * rank higher than facts elsewhere, and the ranking is re-sorted in place.
 */
function nearPrevious(knowledge: Knowledge, ranked: RankedFact[], previous: readonly string[], sections: ReadonlySet<string>): void {
  for (const [i, r] of ranked.entries())
    if (!previous.includes(r.fact.id) && citesNear(knowledge, r.fact, sections)) ranked[i] = { ...r, score: r.score + SAME_SECTION_BONUS };
  ranked.sort((a, b) => b.score - a.score);
}

/** What each concept a fact shares with the previous answer's facts (other than their situation) adds to its score. */
const LIKE_PREVIOUS_BONUS = 0.1;

/** Raises each fact of the situations now named by the concepts it shares with the previous answer's facts, and re-sorts in place. */
function likePrevious(
  { knowledge, concepts }: AnswerTools,
  ranked: RankedFact[],
  previous: readonly string[],
  situations: ReadonlySet<string>,
): void {
  const about = previous.flatMap((id) => knowledge.factById.get(id)?.about ?? []);
  const shared = new Set(about.filter((c) => concepts.kinds.get(c) !== 'situation'));
  for (const [i, r] of ranked.entries()) {
    // "and for people who leave the post entirely?": only the facts of the situation now named are its answer.
    if (previous.includes(r.fact.id) || !r.fact.about.some((c) => situations.has(c))) continue;
    const count = r.fact.about.filter((c) => shared.has(c)).length;
    ranked[i] = { ...r, score: r.score + LIKE_PREVIOUS_BONUS * count };
  }
  ranked.sort((a, b) => b.score - a.score);
}

/** True when a question names a way of taking part and the facts just given are all about another one. */
function switchesWay(knowledge: Knowledge, concepts: ReadonlySet<string>, previous: readonly string[]): boolean {
  const asked = WAYS.filter((w) => concepts.has(w));
  if (asked.length !== 1 || previous.length === 0) return false;
  return previous.every((id) => {
    const about = knowledge.factById.get(id)?.about ?? [];
    return WAYS.some((w) => about.includes(w)) && !about.includes(asked[0]!);
  });
}

/** The facts of the situations named that share an aspect with the previous answer's facts. */
function likeFactsOf({ knowledge, concepts }: AnswerTools, previous: readonly string[], situations: ReadonlySet<string>): Fact[] {
  if (situations.size === 0) return [];
  const about = previous.flatMap((id) => knowledge.factById.get(id)?.about ?? []);
  const shared = new Set(about.filter((c) => concepts.kinds.get(c) === 'aspect'));
  return knowledge.facts.filter(
    (f) => !previous.includes(f.id) && f.about.some((c) => situations.has(c)) && f.about.some((c) => shared.has(c)),
  );
}

/** The situations (ways of taking part, cooperation modes) a question names. */
function situationsNamed(tools: AnswerTools, text: string, audience: Audience | undefined): Set<string> {
  return new Set(
    tools.concepts.find(text, audience).flatMap((m) => (tools.concepts.kinds.get(m.concept) === 'situation' ? [m.concept] : [])),
  );
}

/** "and leaving completely?", "and if he quits his post entirely to do it?": a follow-up putting another case, asking nothing new. */
const ANOTHER_CASE = /^(?:and|but|or)\s+(?:if\s+(?:i|he|she|they|we|you|the teacher)\s+)?[\w-]+(?:\s+[\w'-]+){0,8}\s*\??$/i;

/** "does the company sign it too?", "is the company part of that one?": the thing just answered, named by a pronoun. */
const THING_POINTED = /\b(?:it|that one|this one|that agreement|this agreement)\b/i;

/**
 * The facts a yes/no follow-up naming what was just answered by a pronoun is compared with: the previous answer's
 * facts among the leading ones (when any leads), not another fact whose example happens to be worded alike.
 */
function aboutWhatWasSaid(
  ranked: readonly RankedFact[],
  question: string,
  followed: { facts: readonly string[] } | undefined,
): readonly RankedFact[] {
  if (followed === undefined || !THING_POINTED.test(question)) return ranked;
  const previous = ranked.slice(0, EXAMPLE_CANDIDATES).filter((r) => followed.facts.includes(r.fact.id));
  return previous.length > 0 ? previous : ranked;
}

/** Words with which a fact gives its own reason ("…whereas teachers who come out of the school know its framework"). */
const GIVES_REASON = /\b(?:because|since|whereas|due to|so that|in order to|as a result of|thanks to|which is why|and so|therefore)\b/i;

/**
 * What a bare "why?" asks of the previous answer: its first fact when that fact gives its own reason, else the best ranked
 * other fact of its clause, then of its small section ("more than 70% of graduates fall short" is the result of what the
 * clause says before it),
 * else the fact giving the purpose of that kind of rule (the conditions on leaving are there to avoid a rush of leavers).
 */
function reasonOf(tools: AnswerTools, ranked: readonly RankedFact[], previous: readonly string[], near: ReadonlySet<string>): string {
  const first = previous[0]!;
  const firstFact = tools.knowledge.factById.get(first);
  if (GIVES_REASON.test(firstFact?.text ?? '')) return first;
  // "As a result, …more than 70% fall short": the sentence before it in the same clause says what it results from.
  const sameClause = (fact: Fact) => fact.clauses.some((c) => firstFact?.clauses.includes(c) ?? false);
  return (
    otherNear(tools.knowledge, ranked, previous, near, sameClause) ??
    otherNear(tools.knowledge, ranked, previous, near) ??
    purposeOf(tools, ranked, previous) ??
    first
  );
}

/** "why do they restrict it like that?" after a condition: the best ranked fact giving the purpose of that kind of rule. */
function purposeOf(tools: AnswerTools, ranked: readonly RankedFact[], previous: readonly string[]): string | undefined {
  const isAspect = (c: string) => c !== 'purpose' && tools.concepts.kinds.get(c) === 'aspect';
  const aspects = new Set(previous.flatMap((id) => tools.knowledge.factById.get(id)?.about.filter(isAspect) ?? []));
  return ranked.find((r) => !previous.includes(r.fact.id) && r.fact.about.includes('purpose') && r.fact.about.some((c) => aspects.has(c)))
    ?.fact.id;
}

/** The best ranked fact, other than the previous answer's, of that answer's small section (and, when given, of a kind). */
function otherNear(
  knowledge: Knowledge,
  ranked: readonly RankedFact[],
  previous: readonly string[],
  near: ReadonlySet<string>,
  wanted: (fact: Fact) => boolean = () => true,
): string | undefined {
  return ranked.find((r) => wanted(r.fact) && !previous.includes(r.fact.id) && citesNear(knowledge, r.fact, near))?.fact.id;
}

/** "give me the example case", "any real example?": an example of what was just said, asked in a few words. */
const PAPER_GIVES = String.raw`does (?:the paper|it) (?:give|have|offer|use|cite|mention)`;
const EXAMPLE_ASKED = String.raw`(?:give me|show me|tell me|any|is there|what's|what is|${PAPER_GIVES})`;
const EXAMPLE_OPENER = String.raw`(?:(?:and|so|ok|okay|can you|could you)\s+)?${EXAMPLE_ASKED}?`;
const REAL = String.raw`(?:real(?:-world| world| life)?\s+)`;
const ASKS_EXAMPLE = new RegExp(
  String.raw`^${EXAMPLE_OPENER}\s*(?:an?|the|any)?\s*${REAL}?(?:examples?|example case|case study)\b[^?]{0,25}\??$`,
  'i',
);

/** True when a fact is about one of the parties and every one of the aspects (at least one). */
function aboutPartyAndAspect(fact: Fact | undefined, parties: readonly string[], aspects: readonly string[]): boolean {
  if (fact === undefined || aspects.length === 0) return false;
  return parties.some((p) => fact.about.includes(p)) && aspects.every((a) => fact.about.includes(a));
}

/** Takes the facts the previous answer gave out of a ranking, unless nothing else is left: a follow-up turned away from them. */
function setAside(ranked: RankedFact[], previous: readonly string[]): void {
  const rest = ranked.filter((r) => !previous.includes(r.fact.id));
  if (rest.length > 0) ranked.splice(0, ranked.length, ...rest);
}

/** Words that only point at a part of the source or ask what it says: a question with few others asks for the part. */
const ABOUT_A_PART = new Set(
  (
    'what whats which does do is are the a an of in on from section sections part chapter paragraph para model mode say says ' +
    'said explain summarise summarize summary describe describes described cover covers mean means tell me us give overview ' +
    'paper this that talk talks talking main point points key it its and according to please can you could about problems ' +
    'problem list lists sum up gist'
  ).split(' '),
);
/** Fewest words besides those that make a question about a section ask something within it. */
const WITHIN_SECTION_WORDS = 3;

/** Words naming one particular thing a section tells: "the RFID example in section 4" asks for the example alone. */
const PARTICULARS: ReadonlySet<string> = new Set([
  'example',
  'case',
  'story',
  'anecdote',
  'instance',
  'remark',
  'mention',
  'sentence',
  'phrase',
  'term',
  'passage',
  'quote',
  // "which ministry's guidance does section 3 summarise?": who issued what the section summarises.
  'ministry',
  'issued',
  'issuer',
]);
/** "what does section 3 say about the swarm?": what a section says of one thing named. */
const SAYS_ABOUT = /\bsays?\s+about\s+(?:the\s+|a\s+|an\s+)?[a-z'-]{3,}/i;

/** A term quoted from the paper: "what's the 'swarm' bit in section 3 about?" asks about the term. */
const QUOTED_TERM = /(?:^|\s)['"‘“][a-z][\w\s-]{1,40}['"’”](?=\s|[?,.!]|$)/i;

/** True when a question naming a section asks something in it ("who issued the guidance section 3 describes?"). */
function asksWithinSection(question: string): boolean {
  const words = (question.toLowerCase().match(/[a-z']+/g) ?? []).map((w) => w.replace(/'s$/, '')).filter((w) => !ABOUT_A_PART.has(w));
  if (words.length >= WITHIN_SECTION_WORDS || (words.length > 0 && SAYS_ABOUT.test(question)) || QUOTED_TERM.test(question)) return true;
  return words.length > 1 && words.some((w) => PARTICULARS.has(w));
}

/** True when a fact cites a clause of the section or of one of its subsections. */
function citesWithin(knowledge: Knowledge, fact: Fact, section: string): boolean {
  return fact.clauses.some((id) => inSectionOrBelow(knowledge, id, section));
}

/** True when a clause is of the section or of one of its subsections. */
function inSectionOrBelow(knowledge: Knowledge, clauseId: string, section: string): boolean {
  const of = knowledge.clauses.get(clauseId)?.section;
  return of === section || (of?.startsWith(`${section}.`) ?? false);
}

/** The parties (school, enterprise) a follow-up names that none of the previous answer's facts is about. */
function turnedParties(
  tools: AnswerTools,
  text: string,
  previous: readonly string[] | undefined,
  audience: Audience | undefined,
): string[] {
  const facts = (previous ?? []).flatMap((id) => tools.knowledge.factById.get(id) ?? []);
  if (facts.length === 0 || !TURNS.test(text.trim())) return [];
  // "and once the company is stable do I have to get out?": a party named only in when the asker acts is not turned to.
  const named = new Set(tools.concepts.find(text.replace(TIME_OF_OWN_ACT, ' '), audience).map((m) => m.concept));
  return TURNING_PARTIES.filter((p) => named.has(p) && !facts.some((f) => f.about.includes(p)));
}

/** How a follow-up turns to another party: "and with the company?", "what about us?", "the school side", "as the firm". */
const TURNS = /^(?:and|or|also|plus|but|so|ok|okay|what about|how about)\b|\b(?:we|us|our|side)\b|\bas (?:the|a) \w+/i;

/** A clause telling when the asker acts, up to the question about the asker: "once the company is stable (do I…)". */
const TIME_OF_OWN_ACT = /\b(?:once|when|after|as soon as|until)\b[^?,]*?(?=\b(?:do|can|should|must|will|would|could|shall|am)\s+i\b)/i;

/** The parties a follow-up can turn to. */
const TURNING_PARTIES = ['school', 'enterprise'];

/** The classifier's probability of each topic it ranked. */
function topicScoresOf(prediction: Prediction): Map<string, number> {
  return new Map(prediction.ranked.filter((r) => r.intent !== OOS_INTENT).map((r) => [r.intent, r.confidence]));
}

/** The one or two facts of a topic whose example questions are closest to the question. */
function closestFacts(tools: AnswerTools, question: string, facts: readonly Fact[]): Fact[] {
  const [first, second] = tools.asks.rank(question, new Set(facts));
  if (!first || first.similarity < CLOSEST_FACT_MIN) return [];
  const fits = second && wordsOf([first.fact, second.fact]) <= ANSWER_WORDS;
  return fits && second.similarity >= first.similarity * SECOND_FACT_SHARE ? [first.fact, second.fact] : [first.fact];
}

/**
 * "how does a teacher's startup make a training base work?": within a topic, the one fact about a situation the
 * question names (teacher entrepreneurship), when the topic's other facts are not about it.
 */
function namedSituationFact(
  ranked: readonly RankedFact[],
  topicId: string,
  concepts: ReadonlySet<string>,
  kinds: ReadonlyMap<string, string>,
): Fact[] | undefined {
  const own = ranked.filter((r) => r.fact.topic === topicId).map((r) => r.fact);
  // Situations the question names that some of the topic's facts are about and others not.
  const telling = [...concepts].filter(
    (c) => kinds.get(c) === 'situation' && own.some((f) => f.about.includes(c)) && !own.every((f) => f.about.includes(c)),
  );
  const about = own.filter((f) => telling.some((c) => f.about.includes(c)));
  return about.length === 1 ? [about[0]!] : undefined;
}

/** "what agreements do I sign?", "which conditions apply?": the thing a question asks for in the plural, in the singular. */
const ASKED_IN_PLURAL = /\b(?:what|which|all(?: the)?|both(?: the)?)\s+(?:\w+\s+)?([a-z]{4,})s\b(?!\s+(?:is|was|does|did)\b)/i;

/** The thing a question asks for in the plural ("agreement" of "what agreements do I sign?"), if any. */
function askedInPlural(question: string): string | undefined {
  return ASKED_IN_PLURAL.exec(question)?.[1]?.toLowerCase();
}

/**
 * Other facts of the same topic that answer an aspect of the question the chosen facts leave out; when the question asks
 * for a thing in the plural ("what agreements…?"), also another topic's fact that names that thing too.
 */
function companions(ranked: readonly RankedFact[], chosen: readonly Fact[], plural?: string): Fact[] {
  const topic = chosen[0]!.topic;
  const namesIt = (fact: Fact) =>
    plural !== undefined && chosen[0]!.text.toLowerCase().includes(plural) && fact.text.toLowerCase().includes(plural);
  const picked: Fact[] = [];
  for (const r of ranked.slice(1, 8)) {
    if (chosen.length + picked.length >= MAX_FACTS) break;
    if (r.aspectHits === 0 || (r.fact.topic !== topic && !namesIt(r.fact)) || chosen.includes(r.fact)) continue;
    if (wordsOf([...chosen, ...picked, r.fact]) > ANSWER_WORDS) break;
    picked.push(r.fact);
  }
  return picked;
}

/** True when the best fact clearly beats the best fact of any other topic, or both give a yes/no question one verdict. */
function settlesClarify(ranked: readonly RankedFact[], type: QuestionType, concepts: ReadonlySet<string>): boolean {
  const [best] = ranked;
  if (!best) return false;
  const rival = ranked.find((r) => r.fact.topic !== best.fact.topic);
  // The classifier's topics are within a few points, so a lead this large comes from what the question names.
  if (!rival || best.score - rival.score >= SETTLES_CLARIFY) return true;
  return (
    type === 'yes-no' &&
    rival.aspectHits > 0 &&
    decideVerdict(best.fact, type, concepts).verdict === decideVerdict(rival.fact, type, concepts).verdict
  );
}

/** Each knowledge's facts by their own topic, in knowledge order, gathered on first use (a knowledge never changes). */
const factsByTopic = new WeakMap<Knowledge, ReadonlyMap<string, readonly Fact[]>>();

/** The facts whose own topic is the given one, in knowledge order. */
function primaryFacts(knowledge: Knowledge, topicId: string): readonly Fact[] {
  let byTopic = factsByTopic.get(knowledge);
  if (byTopic === undefined) {
    const grouped = new Map<string, Fact[]>();
    for (const fact of knowledge.facts) {
      const facts = grouped.get(fact.topic);
      if (facts) facts.push(fact);
      else grouped.set(fact.topic, [fact]);
    }
    byTopic = grouped;
    factsByTopic.set(knowledge, byTopic);
  }
  return byTopic.get(topicId) ?? [];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * True for a yes/no question whether the guidance covers a way of taking part ("does the guidance cover leaving the post
 * to start a business?"), not whether it covers someone ("does it cover hospital staff who work part-time?").
 */
function asksWayCovered(concepts: ReadonlySet<string>, type: QuestionType, corrected: string): boolean {
  if (type !== 'yes-no' || !concepts.has('scope') || !WAYS.some((way) => concepts.has(way))) return false;
  return !concepts.has('other-institution') && !/\b(?:who|whom|me|my|i|people|staff|personnel)\b/i.test(corrected);
}

/**
 * True for a yes/no question whether one way of taking part requires technology ("…have to be a tech company…?"), and
 * asks about nothing else ("…do they have to cover my injury insurance?" does), or requires a field ("…have to be in the
 * same area as his college?", "does our line of business have to match?").
 */
function asksWayCondition(
  concepts: ReadonlySet<string>,
  type: QuestionType,
  kinds: ReadonlyMap<string, string>,
  question: string,
): boolean {
  if (type !== 'yes-no') return false;
  const oneWay = WAYS.filter((way) => concepts.has(way)).length === 1;
  // "if we hire a teacher part-time, does our line of business have to match anything?": the way's field condition.
  if (FIELD_MATCH_ASKED.test(question)) return oneWay;
  if (!concepts.has('obliged')) return false;
  // "does our business have to be in the same area as his college?": the field the way's condition turns on.
  if ([...concepts].some(namesAFieldCase)) return oneWay;
  if (!concepts.has('innovation')) return false;
  const otherAspect = [...concepts].some((c) => kinds.get(c) === 'aspect' && c !== 'innovation' && c !== 'condition');
  return !otherAspect && oneWay;
}

/** The school ending someone's contract on its own: "the school will basically kill my contract", "can they terminate me?". */
const EMPLOYER = String.raw`(?:school|college|university|they)`;
const ENDED_BY_THE_SCHOOL =
  String.raw`${EMPLOYER}\s+(?:will|would|could|can|might|'ll)?\s*(?:just |basically |simply )?(?:kill|terminate|end|cancel|void) ` +
  String.raw`(?:my|his|her) contract|terminate (?:me|him|her)`;
const CONTRACT_ENDED_BY_THE_SCHOOL = new RegExp(String.raw`\b(?:${ENDED_BY_THE_SCHOOL})\b`, 'i');
/** Being fired, sacked, dismissed or losing one's job: a fear of losing the post, not only of breaking a rule. */
const DISMISSAL = new RegExp(
  String.raw`\b(?:fire|fired|firing|sack|sacked|sacking|dismiss|dismissed|terminated|cut (?:me|him|her|them|us) loose|` +
    String.raw`kick(?:ed)? (?:me|him|her|them) out|lose (?:my|his|her|their) (?:job|post|position)|${ENDED_BY_THE_SCHOOL})\b`,
  'i',
);
/** A dismissal said to last: "fired for good", "terminated permanently". */
const DISMISSED_FOR_GOOD = /\b(?:fired|sacked|dismissed|kill|terminate)\w*\b[^.?!]{0,30}\b(?:forever|for good|permanently)\b/i;
/** The concept of the personnel relationship a teacher on leave keeps with the school (knowledge/concepts.yaml). */
const PERSONNEL_RELATIONSHIP = 'personnel-relationship';

/**
 * True for a yes/no fear of being fired or losing one's job for leaving the post ("will I be terminated for taking
 * entrepreneurial leave?"): it asks whether the post is kept while away, which the three-year rule answers.
 */
function fearsDismissalOverLeave(concepts: ReadonlySet<string>, type: QuestionType, question: string): boolean {
  // ("…fired for leaving my post to open a bakery?" asks whether that business may be the way's: its condition answers.)
  if ([...concepts].some(namesAFieldCase)) return false;
  return type === 'yes-no' && concepts.has('leave') && WAYS.filter((way) => concepts.has(way)).length === 1 && DISMISSAL.test(question);
}

/** "does our line of business have to match?": whether a business's field must fit, asked without naming a field. */
const FIELD_MATCH_ASKED = /\b(?:line of business|business field|field of business)\b.*\b(?:have|has|need|needs) to (?:match|fit)\b/i;

// Aspects a worry over a way of taking part may name and still ask whether that way is allowed.
// Paid work, and teaching the same field in class, only describe the way ("paid weekend work for an RFID company").
const WAY_CONDITION_ASPECTS: ReadonlySet<string> = new Set([
  'same-field',
  'other-field',
  'unrelated',
  'innovation',
  'condition',
  'salary',
  'classroom',
]);

/**
 * True for a yes/no worry over one way of taking part and nothing else about it ("RFID is what I teach and I run an
 * RFID startup while keeping my post — am I going to get in trouble?"): it asks whether that way is allowed.
 */
function fearsOverAWay(concepts: ReadonlySet<string>, type: QuestionType, kinds: ReadonlyMap<string, string>): boolean {
  if (type !== 'yes-no' || !concepts.has(RULE_BREAKING) || WAYS.filter((way) => concepts.has(way)).length !== 1) return false;
  return ![...concepts].some((c) => kinds.get(c) === 'aspect' && !WAY_CONDITION_ASPECTS.has(c));
}

// Work a way's condition rules out: a business unrelated to the field, or work with no technical content.
const OUTSIDE_A_CONDITION = ['unrelated', 'non-technical'];

/**
 * True for a yes/no question putting work the condition of leaving the post rules out to that way alone ("could a
 * teacher on leave come to us and just do sales?"): the condition of leaving answers it.
 */
function outsideTheWay(concepts: ReadonlySet<string>, type: QuestionType): boolean {
  if (type !== 'yes-no' || !concepts.has('leave') || WAYS.filter((way) => concepts.has(way)).length !== 1) return false;
  return OUTSIDE_A_CONDITION.some((c) => concepts.has(c));
}

/** The facts about a concept. */
function factsAbout(knowledge: Knowledge, concept: string): string[] {
  return knowledge.facts.filter((f) => f.about.includes(concept)).map((f) => f.id);
}

/** The facts with a verdict rule on all the given concepts. */
function factsWithRuleOn(knowledge: Knowledge, concepts: readonly string[]): string[] {
  return knowledge.facts.filter((f) => f.unless.some((r) => concepts.every((c) => r.when.includes(c)))).map((f) => f.id);
}

/** The facts giving the purpose of the ways' conditions. */
function purposeOfConditions(knowledge: Knowledge): string[] {
  return knowledge.facts.filter((f) => f.about.includes('purpose') && f.about.includes('condition')).map((f) => f.id);
}

/** The facts setting the condition of the way of taking part a question names. */
function conditionOfWay(knowledge: Knowledge, concepts: ReadonlySet<string>): string[] {
  const way = WAYS.find((w) => concepts.has(w));
  const isWays = (topicId: string) => knowledge.topicById.get(topicId)?.category === 'ways';
  return knowledge.facts
    .filter((f) => isWays(f.topic) && way !== undefined && f.about.includes(way) && f.about.includes('condition'))
    .map((f) => f.id);
}

/** True when a question names no concept at all, a word only the "not covered" examples use, and no sure topic (if one is given). */
function namesOnlyOutside(tools: AnswerTools, corrected: string, concepts: ReadonlySet<string>, decision: Decision | undefined): boolean {
  if (concepts.size > 0 || (decision?.kind === 'answer' && decision.confidence >= GUESSED_TOPIC)) return false;
  return tools.outOfScopeWords().named(corrected);
}

/**
 * True when a Chinese question names what only the "not covered" examples name ("公积金", "出国") and either the
 * classifier is torn between topics or the question names no aspect the facts are about ("离岗创业期间可以出国读博吗").
 */
function outsideChinese(tools: AnswerTools, corrected: string, concepts: ReadonlySet<string>, decision: Decision): boolean {
  if (!tools.outOfScopeWords().named(corrected)) return false;
  if (decision.kind === 'clarify') return true;
  // A classifier this sure of a topic has weighed the "not covered" examples too ("政策是不是鼓励所有老师都离岗出去创业").
  if (decision.kind === 'answer' && decision.confidence >= SURE_OF_TOPIC) return false;
  return ![...concepts].some((c) => tools.concepts.kinds.get(c) === 'aspect');
}
