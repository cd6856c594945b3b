import {
  asksLeavingForIt,
  endsWithoutObject,
  gainingParty,
  pointingAtSubject,
  smallTalkOf,
  withoutInterjection,
  WAYS,
  type AdvisorResult,
  type Advisor,
  type AskOptions,
  type Audience,
} from '@cobridge/policy-knowledge';
import {
  asksForAnExample,
  audienceCue,
  isAudienceSwitch,
  looksLikeFollowUp,
  pointsAtAPersonBefore,
  endsWithAFollowUp,
  IN_THAT_CASE,
  POINTING_BACK,
  type ConversationMemory,
  type Remembered,
} from './follow-up.js';
import { askOfGuessedParty, askOfNamedParty } from './party-check.js';
import { switchParty } from './switch-party.js';

/** A follow-up answered on its own at this confidence keeps its own reading ("and the teachers' team one?"). */
export const STANDALONE_CONFIDENCE = 0.5;

/** Asks the advisor, reading short follow-ups in the light of the conversation's previous question. */
export function resolveQuestion(
  advisor: Advisor,
  memory: ConversationMemory,
  asked: { text: string; audience: Audience; conversationId?: string | undefined },
): AdvisorResult {
  // "ok nice. and the college's training programmes?": what is said in passing before a follow-up asks nothing.
  const input = { ...asked, text: withoutInterjection(asked.text.trim()) };
  // "thanks!" after an answer is small talk, not a follow-up: answered in kind, and the conversation stays where it was.
  if (smallTalkOf(input.text) !== undefined) return advisor.ask(input.text, { audience: input.audience });
  const key = input.conversationId;
  const previous = key ? memory.recall(key) : undefined;
  // "who pays the work injury insurance, me?": whether the party guessed is the one, in the conversation if there is one.
  const guessed = askOfGuessedParty(input.text);
  if (guessed !== undefined) {
    const checked = advisor.ask(guessed, { audience: input.audience, ...(previous ? { context: contextOf(previous) } : {}) });
    if (checked.kind === 'answer' && checked.verdict !== null) {
      if (key) memory.remember(key, guessed, checked);
      return { ...checked, question: input.text };
    }
  }
  // "will my startup work count toward my title?" then "even though I won't be teaching for 2 years?": the question
  // before, asked again with what the follow-up concedes.
  if (key && previous && CONCESSION.test(input.text)) {
    const conceded = `${previous.question.replace(/[\s?.!]+$/, '')}, ${input.text}`;
    const again = advisor.ask(conceded, { audience: input.audience });
    if (again.kind === 'answer') {
      memory.remember(key, conceded, again);
      return { ...again, question: input.text };
    }
  }
  // ("do i need to quit teaching or go off post for that?" points at what was just discussed, however whole it reads.)
  if (!key || !previous || !(looksLikeFollowUp(input.text) || asksLeavingForIt(input.text))) {
    const asked = advisor.ask(input.text, { audience: input.audience });
    const heldHere =
      previous && (asksIfLeaveRuleHoldsHere(input.text, previous, asked) || asksGainsOfWhatWasSaid(advisor, input, previous))
        ? askInContext(advisor, input, previous)
        : undefined;
    if (key && previous && heldHere?.kind === 'answer') {
      memory.remember(key, `${input.text} ${previous.question}`, heldHere);
      return heldHere;
    }
    const result =
      previous && (leftTheMode(advisor, previous, asked) || leftTheWay(previous, asked) || pointsBackUnsure(input.text, asked))
        ? (stayedInMode(advisor, input, previous, asked) ?? asked)
        : asked;
    // A question declined on its own may still be about the conversation's topic ("is there a notice period?", "what if
    // the person came from a nursing school instead — nothing to do with software?"); one read alone as two topics may
    // be about it as well ("can i be a partner in one?" after student start-ups).
    const retry = previous && ((result.kind === 'unknown' && result.reason !== 'empty') || result.kind === 'clarify');
    const final = retry ? advisor.ask(input.text, { audience: input.audience, context: contextOf(previous) }) : result;
    const kept = final.kind === 'answer' ? final : result;
    if (key) memory.remember(key, kept === final && retry ? `${input.text} ${previous.question}` : input.text, kept);
    return kept;
  }
  // "who pays my injury insurance?" then "is it the school?": whether that party does it, not a yes to whatever was named.
  const partyAsked = previous.type === 'who' ? askOfNamedParty(previous.question, input.text) : undefined;
  if (partyAsked !== undefined) {
    const checked = advisor.ask(partyAsked, { audience: input.audience, context: contextOf(previous) });
    if (checked.kind === 'answer' && checked.verdict !== null) {
      memory.remember(key, partyAsked, checked);
      return { ...checked, question: input.text };
    }
  }
  const swapped = switchParty(previous.question, input.text);
  if (swapped !== undefined) {
    // "what does the enterprise want?" then "and the school?": the same question about the other party.
    const again = advisor.ask(swapped, {
      audience: input.audience,
      context: contextOf(previous),
    });
    if (again.kind === 'answer') {
      memory.remember(key, swapped, again);
      return { ...again, question: input.text };
    }
  }
  if (isAudienceSwitch(input.text)) {
    // "what do we gain from a teacher part-timing here?" then "and the teacher?": what the teacher gains, in the asker's words.
    const gains =
      gainingParty(previous.question, input.audience) === undefined
        ? undefined
        : advisor.ask(input.text, { audience: input.audience, context: contextOf(previous) });
    if (gains?.kind === 'answer') {
      memory.remember(key, `${input.text} ${previous.question}`, gains);
      return gains;
    }
    const audience = audienceCue(input.text) ?? input.audience;
    // "what must the leave agreement contain?" then "and for enterprises?": the facts about the enterprise, when the
    // previous answer's were not about it.
    const turned = advisor.ask(input.text, {
      audience,
      context: contextOf(previous),
    });
    if (turned.kind === 'answer' && turned.facts.length > 0 && !turned.facts.some((f) => previous.facts.includes(f))) {
      memory.remember(key, `${input.text} ${previous.question}`, turned);
      return turned;
    }
    // "and for enterprises?": the same question again, in the other audience's words.
    const again = advisor.ask(previous.question, { audience });
    memory.remember(key, previous.question, again);
    return { ...again, question: input.text };
  }
  const direct = advisor.ask(input.text, { audience: input.audience });
  if (
    direct.kind === 'refuse' ||
    (direct.kind === 'answer' &&
      direct.confidence >= STANDALONE_CONFIDENCE &&
      direct.topic.id !== previous.topicId &&
      !isFragment(input.text) &&
      !endsWithAFollowUp(input.text) &&
      pointingAtSubject(input.text) === undefined &&
      !pointsAtAPersonBefore(input.text) &&
      // "do I need to quit teaching for that?": whether what was just discussed needs leaving the post.
      !asksLeavingForIt(input.text) &&
      !asksIfLeaveRuleHoldsHere(input.text, previous, direct) &&
      !asksGainsOfWhatWasSaid(advisor, input, previous))
  ) {
    memory.remember(key, input.text, direct);
    return direct;
  }
  const inContext = advisor.ask(input.text, {
    audience: input.audience,
    context: contextOf(previous),
  });
  // "…what if he goes further and leaves his post to open his own firm?": a reading in the conversation that stays on the
  // way just discussed loses the other way named.
  // ("do I need to quit teaching or go off post for that?" names leaving only to ask whether the way just discussed needs it.)
  const stayedOnTheWay =
    inContext.kind === 'answer' &&
    inContext.topic.id === previous.topicId &&
    turnedToAnotherWay(previous, direct) &&
    !asksLeavingForIt(input.text);
  // "what goes into the leave agreement?" then "so who owns the patents my startup develops?": read alone, surely, it
  // stays on the conversation's topic; a reading in the conversation that drifts to another topic is the weaker one.
  const driftedAway =
    direct.kind === 'answer' &&
    direct.confidence >= STANDALONE_CONFIDENCE &&
    direct.topic.id === previous.topicId &&
    inContext.kind === 'answer' &&
    inContext.topic.id !== previous.topicId;
  if (stayedOnTheWay || driftedAway) {
    memory.remember(key, input.text, direct);
    return direct;
  }
  const result = inContext.kind === 'answer' || direct.kind !== 'answer' ? inContext : direct;
  memory.remember(key, `${input.text} ${previous.question}`, result);
  return result;
}

/**
 * "what does the training base model look like?" then "from which year do students start?": an answer from another topic
 * (another mode, or the general case for teacher entrepreneurs) to a question naming no mode or way of its own may have
 * left the conversation's mode only on the classifier's guess.
 */
function leftTheMode(advisor: Advisor, previous: Remembered, result: AdvisorResult): boolean {
  if (result.kind !== 'answer' || result.topic.id === previous.topicId) return false;
  // "who wrote the paper?" after a mode asks about the source itself, not about the mode.
  if (result.topic.id === SOURCE_TOPIC) return false;
  // "which one does it call the best mode?" after the six modes: one of those just listed, chosen, not the list left.
  if (previous.topicId === MODES_OVERVIEW_TOPIC && isModeTopic(advisor, result.topic.id)) return false;
  const kinds = advisor.knowledge.concepts.concepts;
  const namesSituation = result.understanding?.concepts.some((c) => kinds[c]?.kind === 'situation') ?? true;
  return isModeTopic(advisor, previous.topicId) && !namesSituation;
}

/** The topic of where Cobridge's answers come from: the paper itself. */
const SOURCE_TOPIC = 'about.source';
/** The topic listing the six cooperation modes together. */
const MODES_OVERVIEW_TOPIC = 'modes.overview';

/** The topic of each way of taking part, by the concept naming the way. */
const TOPIC_OF_WAY: Readonly<Record<(typeof WAYS)[number], string>> = {
  'part-time': 'ways.part-time',
  'in-post': 'ways.in-post-company',
  leave: 'ways.leave-post',
};

/** The topics of the ways of taking part that keep the post: the guidance gives them conditions, not a treatment. */
const STAYING_WAY_TOPICS: ReadonlySet<string> = new Set([TOPIC_OF_WAY['in-post'], TOPIC_OF_WAY['part-time']]);
/** "does the paper say the school benefits too?": something asked beside what was just given. */
const ALSO = /\b(?:too|as well|also)\b/i;
/**
 * "…too?", "…as well?", "…while I'm working there?", "does that stuff apply to me then?": whether what was named holds in
 * the case discussed.
 */
const HOLDS_HERE_TOO = new RegExp(
  String.raw`${ALSO.source}|\b(?:working|work|employed|placed) there\b|\bappl(?:y|ies) to (?:me|us|him|her|them)\b`,
  'i',
);

/**
 * "does the three-year limit apply to me too then?" while a start-up beside the job is discussed: a rule of leaving the
 * post asked of the way the conversation is about, which is read in that conversation.
 */
function asksIfLeaveRuleHoldsHere(text: string, previous: Remembered, direct: AdvisorResult): boolean {
  // ("would that side business count toward my title evaluation?": what is pointed at is the way discussed.)
  return (
    (HOLDS_HERE_TOO.test(text) || POINTING_BACK.test(text)) &&
    STAYING_WAY_TOPICS.has(previous.topicId) &&
    direct.kind === 'answer' &&
    direct.topic.id.startsWith('leave.')
  );
}

/**
 * "does it actually benefit us?", "what would we get out of having him?" after a way of taking part or a mode: what a side
 * gains from the arrangement just discussed, which is read in that conversation.
 */
function asksGainsOfWhatWasSaid(advisor: Advisor, input: { text: string; audience: Audience }, previous: Remembered): boolean {
  const arrangement = Object.values(TOPIC_OF_WAY).includes(previous.topicId) || isModeTopic(advisor, previous.topicId);
  return arrangement && (POINTING_BACK.test(input.text) || ALSO.test(input.text)) && gainingParty(input.text, input.audience) !== undefined;
}

/** The topics of the two ways of starting a company the guidance tells apart. */
const START_UP_TOPICS: ReadonlySet<string> = new Set([TOPIC_OF_WAY['in-post'], TOPIC_OF_WAY.leave]);

/**
 * "I want to start a company while keeping my post" then "I teach accounting - could my company be a bubble tea shop?":
 * a start-up named without saying in post or on leave, answered from another topic, is the conversation's way; so are
 * fields told without naming a way, answered from another way's rule.
 */
function leftTheWay(previous: Remembered, result: AdvisorResult): boolean {
  if (result.kind !== 'answer' || result.topic.id === previous.topicId) return false;
  const concepts = result.understanding?.concepts ?? [];
  if (concepts.some((c) => (WAYS as readonly string[]).includes(c))) return false;
  // ("my major is accounting, the company would be a bubble tea shop": answered from the other way of starting one.)
  if (START_UP_TOPICS.has(previous.topicId) && (concepts.includes('start-business') || START_UP_TOPICS.has(result.topic.id))) return true;
  // "…work part-time with us?" then "he teaches accounting… our work is chip design. still fine?": the fields told are
  // asked of the way being discussed, whichever topic the words alone were given ("I teach accounting, the company would
  // be a coffee shop with my cousin" read as the benefits of a start-up).
  const ways = Object.values(TOPIC_OF_WAY);
  return ways.includes(previous.topicId) && concepts.some((c) => FIELDS_TOLD.has(c));
}

/**
 * The concepts of the fields a question tells of the teacher and the business (knowledge/concepts.yaml), or of how they
 * stand to each other ("a real estate agency, nothing to do with IT").
 */
const FIELDS_TOLD: ReadonlySet<string> = new Set(['other-field', 'same-field', 'unrelated']);

/**
 * True when a follow-up after one way of taking part is answered alone from another way it names, however unsure that
 * reading ("can he work part-time there?" then "what if he goes further and leaves his post to open his own firm?").
 */
function turnedToAnotherWay(previous: Remembered, result: AdvisorResult): boolean {
  if (result.kind !== 'answer' || !Object.values(TOPIC_OF_WAY).includes(previous.topicId)) return false;
  const named = WAYS.filter((w) => result.understanding?.concepts.includes(w));
  return named.length === 1 && TOPIC_OF_WAY[named[0]!] === result.topic.id && result.topic.id !== previous.topicId;
}

/** A follow-up that only concedes a circumstance: "even though I won't be teaching?", "even if there's no vacancy?". */
const CONCESSION = /^(?:(?:and|but|so|ok|okay),?\s+)?(?:even (?:though|if|when|while)|despite|in spite of)\b[^?]*\?\s*$/i;

/** True when a topic is one of the cooperation modes (section 4). */
function isModeTopic(advisor: Advisor, topicId: string): boolean {
  return advisor.knowledge.topicById.get(topicId)?.category === 'modes';
}

/** A question read alone at less than this confidence, which points back ("do they have to agree to it?"), may be the conversation's. */
const UNSURE_ALONE = 0.5;
/** Most words of such a question. */
const POINTING_QUESTION_WORDS = 12;

/** True when a question points back at something it does not name and its own reading is unsure. */
function pointsBackUnsure(text: string, asked: AdvisorResult): boolean {
  return (
    asked.kind === 'answer' && asked.confidence < UNSURE_ALONE && wordCount(text) <= POINTING_QUESTION_WORDS && POINTING_BACK.test(text)
  );
}

/** The question read in the conversation's mode, when that reading stays on the mode's topic. */
function stayedInMode(
  advisor: Advisor,
  input: { text: string; audience: Audience },
  previous: Remembered,
  asked: AdvisorResult,
): AdvisorResult | undefined {
  const inContext = advisor.ask(input.text, { audience: input.audience, context: contextOf(previous) });
  if (inContext.kind === 'answer' && inContext.topic.id === previous.topicId) return inContext;
  // "from which year would students get involved?" after the training base, read alone as another mode's (or unsurely):
  // asked of the conversation's mode by name, as a later part of a message is asked of the mode its first part names.
  const mode = advisor.knowledge.topicById.get(previous.topicId)?.title;
  const elsewhere = asked.kind === 'answer' && (isModeTopic(advisor, asked.topic.id) || asked.confidence < UNSURE_ALONE);
  if (mode === undefined || !elsewhere) return undefined;
  const named = advisor.ask(`In ${mode.charAt(0).toLowerCase()}${mode.slice(1)}, ${input.text}`, { audience: input.audience });
  return named.kind === 'answer' && named.topic.id === previous.topicId ? { ...named, question: input.text } : undefined;
}

/** The question read in the light of the conversation's previous question. */
function askInContext(advisor: Advisor, input: { text: string; audience: Audience }, previous: Remembered): AdvisorResult {
  return advisor.ask(input.text, { audience: input.audience, context: contextOf(previous) });
}

/** What a follow-up is read against: the conversation's previous question, its topic and the facts it was given. */
function contextOf(previous: Remembered): NonNullable<AskOptions['context']> {
  return {
    question: previous.question,
    topicId: previous.topicId,
    facts: previous.facts,
    type: previous.type,
    earlierFacts: previous.earlierFacts,
  };
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** True for a question that cannot stand alone: few words, a connective opener, or a short one with a pronoun ("why are they so hard?"). */
function isFragment(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  return (
    words <= 5 ||
    endsWithoutObject(text) ||
    /^(?:(?:ok|okay|right),?\s+)?(and|but|also|so|then|same|what about|how about|what if|and if)\b/i.test(text.trim()) ||
    (words <= 7 && POINTING_BACK.test(text)) ||
    IN_THAT_CASE.test(text) ||
    asksForAnExample(text)
  );
}
