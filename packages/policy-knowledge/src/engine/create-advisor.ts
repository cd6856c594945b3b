import { IntentClassifier } from '../classify/intent-classifier.js';
import { rememberSegmentations } from '../classify/segment-chinese.js';
import { rememberStems, stem } from '../classify/stem.js';
import { tokenize } from '../classify/tokenize.js';
import { OOS_INTENT } from '../classify/types.js';
import type { LoadedModel } from '../model-file.js';
import type { Audience, Category } from '../schema/topic.js';
import { ConceptMatcher } from '../understand/concept-matcher.js';
import { isBareQuestion } from '../understand/question-shape.js';
import { ASKED_OF_ANOTHER, splitQuestions } from '../understand/split-question.js';
import { isChinese, isChineseFragment, splitChineseQuestion } from '../understand/chinese-language.js';
import { localizeChinese } from './localize-chinese.js';
import { expandWithChineseTerms } from '../understand/chinese-terms.js';
import { applyCorrections, Speller } from '../understand/spelling.js';
import { expandWithGlossary } from '../features/glossary.js';
import { buildAdvisorTables, type AdvisorTables } from './advisor-tables.js';
import { buildOnce } from './build-once.js';
import { answerQuestion, asksOnlyWhy } from './answer-question.js';
import type { AnswerTools } from './answer-tools.js';
import { namesFigure } from './unsupported-detail.js';
import { onPreviousWay } from './previous-way.js';
import type { LaterPart } from './later-part.js';
import { AskMatcher } from './ask-matcher.js';
import { bulletTitles, composeAnswer, refOf } from './compose.js';
import { guardQuestion, mayBeRefused, type GuardDecision } from './guard.js';
import { REFUSE_LABEL, type Knowledge } from '../knowledge.js';
import { combineParts } from './combine-parts.js';
import { asksHandledAlike, DOES_BETTER, pointsAtTheBusiness, pointsBack, TEACHERS_HELP } from './follow-up-reading.js';
import { VerdictModel } from './verdict-model.js';
import { OutOfScopeWords } from '../understand/out-of-scope-words.js';
import { hasWords, sanitizeQuestion } from './sanitize-question.js';
import { asksLeavingForIt } from './leaving-for-it.js';
import { withoutInterjection } from '../understand/interjection.js';
import { withoutRequestWrapper } from '../understand/request-wrapper.js';
import { smallTalkOf } from '../understand/small-talk.js';
import type { AdvisorResult, AnswerResult, AskOptions, ScoredIntent, TopicRef, UnknownReason } from './types.js';

/** A topic as listed in menus and help screens. */
export interface TopicSummary {
  id: string;
  title: string;
  category: Category;
}

/** The platform-neutral advisor: ask a question, get an answer, a clarification, a refusal or an honest "I don't know". */
export interface Advisor {
  readonly version: string;
  readonly knowledge: Knowledge;
  ask(question: string, options?: AskOptions): AdvisorResult;
  topicAnswer(id: string, audience?: Audience): AnswerResult | undefined;
  topics(): TopicSummary[];
  /** The classifier's raw view of a question, for explanations. */
  classifier: IntentClassifier;
  readonly declineThreshold: number;
  /**
   * The classifier that reads a question, its decline threshold and the text it reads, as `ask` does: the Chinese ones
   * with the fixed terms added for a Chinese question, the English ones on the spelling-corrected, glossary-expanded text.
   */
  readerOf(question: string): { classifier: IntentClassifier; declineThreshold: number; text: string };
}

const NEAREST_COUNT = 3;
/** "…? we pay it?", "…; how does it test teachers?": a part of a few words pointing back at what the part before was answered with. */
const SHORT_POINTING_BACK = /^(?:\S+\s+){0,3}(?:it|that|this|them)(?:\s+[\w-]+){0,2}\s*\?$/i;
/** "…? and is it actually working well?", "…, and is the effect good?": whether what the part before described works. */
const JUDGED_THING = String.raw`(?:it|that|this|they|the (?:effect|results?|outcome|shift|change))`;
const JUDGEMENT = String.raw`(?:good|well|working|effective|successful|helping)(?:\s+\w+)?`;
const JUDGES_IT = new RegExp(
  String.raw`^(?:(?:and|but|so),?\s+)?(?:is|are|was|were|does|did|has|have)\s+${JUDGED_THING}\s+(?:\w+\s+){0,2}${JUDGEMENT}\s*\??$`,
  'i',
);
/** "…, and does the school keep paying my insurance while I'm doing that?": a part asked while doing what the one before named. */
const WHILE_DOING_THAT =
  /\b(?:while|when)\s+(?:i'm|i am|im|he's|he is|she's|she is|they're|they are|doing)\s+(?:doing\s+)?(?:that|this|it)\b/i;
/** "…, and if so what's the condition?": a part asked on the answer to the part before it being yes. */
const IF_SO =
  /^(?:and\s+)?(?:(?:if so|if yes|if not|if no|if it is|if they can|if i can|if we can),?|if (?:we|they|i) do,|if (?:he|she) does,)\s/i;
/**
 * True for a later part asked of what the part before named: leaving the post "to do it", the business pointed at ("open
 * it on the job instead"), or "while I'm doing that". Such a part is read with the part before and its facts.
 */
function pointsAtPartBefore(part: string): boolean {
  return asksLeavingForIt(part) || pointsAtTheBusiness(part) || WHILE_DOING_THAT.test(part);
}
/** "…, and if so would we have to pay his injury insurance?": a part asked of what the part before allowed. */
const IF_YES = /^(?:and\s+)?(?:(?:if so|if yes),?|if (?:we|they|i) do,|if (?:he|she) does,)\s/i;
/** The words relating a bare question to the part before it ("If not, who?"). */
const RELATING_LEAD = /^(?:if not|if so|otherwise|then),?\s+/i;
/** The word joining a later part that asks on its own to the part before ("…? And can my results count?"). */
const JOINING_LEAD = /^(?:and|also|plus),?\s+(?=(?:can|could|do|does|did|is|are|will|would|should|must|may)\b)/i;
const DECLINE_LEADS: Record<UnknownReason, string> = {
  empty: 'Please type a question about the guidance or school-enterprise cooperation.',
  'out-of-scope': "I don't know: the guidance and the paper Cobridge answers from do not cover that, and I won't guess.",
  'low-confidence': "I don't know: I could not match that to anything the guidance says, and I won't guess.",
  'other-jurisdiction': "I don't know: Cobridge answers from a Chinese ministry's guidance and says nothing about other countries' rules.",
  'no-such-reference': 'The paper has no such section or clause.',
  greeting:
    "Hello! I'm Cobridge. I answer questions about the ministry's guidance on college teachers' part-time work, in-post " +
    'start-ups and leaving the post to found a company, and about how colleges and enterprises cooperate. For example: ' +
    '"Do I keep my pension if I leave to start a company?"',
  thanks: "You're welcome! Ask me anything else about the guidance or school-enterprise cooperation.",
};
const NEVER_HELPS = 'Cobridge explains what the guidance says; it never helps to deceive, forge, evade an obligation or harm someone.';

/**
 * Builds an advisor from validated knowledge and its trained model; `tables` (from the compiled snapshot) spares
 * recomputing what depends on the knowledge alone.
 */
export function createAdvisor(knowledge: Knowledge, model: LoadedModel, tables: AdvisorTables = buildAdvisorTables(knowledge)): Advisor {
  rememberStems(tables.vocabulary.words, tables.stems);
  rememberSegmentations(tables.segmentations);
  const classifier = IntentClassifier.fromJSON(model.classifier);
  // No closure below refers to `model`, so its serialized English classifier is let go once built.
  const { declineThreshold, refuseThreshold = REFUSE_PROBABILITY } = model;
  // Built on the first message that uses the vocabulary of wrongdoing: most never do, and start-up stays quick.
  const refusalCheck = buildOnce(model.refusal, (json) => IntentClassifier.fromJSON(json));
  const summaries: TopicSummary[] = knowledge.topics.map((t) => ({ id: t.id, title: t.title, category: t.category }));

  const unknown = (question: string, reason: UnknownReason, alternatives: ScoredIntent[]): AdvisorResult => {
    const nearest = nearestTopics(knowledge, alternatives);
    const lead = DECLINE_LEADS[reason];
    const text = nearest.length > 0 ? `${lead}\n\nThe nearest topics I can answer:\n${bulletTitles(nearest)}` : lead;
    return { kind: 'unknown', question, reason, text, nearest, alternatives, knowledgeVersion: knowledge.version, lang: 'en' };
  };
  let outOfScopeWords: OutOfScopeWords | undefined;
  const tools: AnswerTools = {
    knowledge,
    classifier,
    declineThreshold,
    speller: new Speller(tables.vocabulary, tables.stems, model.englishWords),
    concepts: new ConceptMatcher(knowledge.concepts, knowledge.zh?.concepts),
    asks: new AskMatcher(knowledge.facts, tables.asks),
    outOfScopeWords: () => (outOfScopeWords ??= new OutOfScopeWords(knowledge)),
    verdicts: buildOnce(model.verdict, (json) => VerdictModel.fromJSON(json)),
    unknown,
  };

  // A question asked in Chinese is classified by the Chinese classifier, when the model has one; built on the first
  // Chinese question, so an advisor that is only ever asked in English never holds it.
  const chineseReader = buildOnce(
    model.zh,
    (zh): AnswerTools => ({
      ...tools,
      classifier: IntentClassifier.fromJSON(zh.classifier),
      declineThreshold: zh.declineThreshold,
    }),
  );
  const chineseTools = (): AnswerTools => chineseReader() ?? tools;

  return {
    version: knowledge.version,
    knowledge,
    classifier,
    declineThreshold,
    topics: () => summaries.map((s) => ({ ...s })),
    topicAnswer(id, audience) {
      const topic = knowledge.topicById.get(id);
      if (!topic) return undefined;
      return composeAnswer(knowledge, topic, { question: topic.title, confidence: 1, audience, alternatives: [] });
    },
    readerOf(raw) {
      const text = withoutRequestWrapper(withoutInterjection(sanitizeQuestion(raw).text));
      const chinese = knowledge.zh !== undefined && isChinese(text);
      const reader = chinese ? chineseTools() : tools;
      const asked = chinese ? expandWithChineseTerms(knowledge, text) : text;
      const corrected = applyCorrections(asked, tools.speller.corrections(asked));
      return { classifier: reader.classifier, declineThreshold: reader.declineThreshold, text: expandWithGlossary(knowledge, corrected) };
    },
    ask(raw, options = {}) {
      const question = withoutInterjection(sanitizeQuestion(raw).text);
      // A question written in Chinese is read the same way and answered in Chinese, part by part.
      return askIn(question, options, knowledge.zh !== undefined && isChinese(question));
    },
  };

  function askIn(asked: string, options: AskOptions, chinese: boolean): AdvisorResult {
    const write = (result: AdvisorResult) => (chinese ? localizeChinese(result, knowledge, options.audience) : result);
    if (!hasWords(asked)) return write(unknown(asked, 'empty', []));
    // "hi!", "thanks a lot": small talk is answered in kind, not declined with the nearest topics.
    const smallTalk = smallTalkOf(asked);
    if (smallTalk) return write(unknown(asked, smallTalk, []));
    // The guard reads the request as typed ("could you help me with…" stays a request for help).
    const guard = guardQuestion(asked) ?? learnedRefusal(refusalCheck, refuseThreshold, asked);
    if (guard?.reason === 'harmful') {
      const text = `I can't help with that (${guard.because}). ${NEVER_HELPS}`;
      return write({
        kind: 'refuse',
        question: asked,
        because: guard.because,
        text,
        alternatives: [],
        knowledgeVersion: knowledge.version,
        lang: 'en',
      });
    }
    const question = withoutRequestWrapper(asked);
    const { answered: parts, beyond } = chinese ? { answered: splitChineseQuestion(question), beyond: [] } : splitQuestions(question);
    // "…do I still get placed? And will the school sort out the work visa for my startup's overseas branch?": another
    // country's rules asked in one part of a message leave the other parts to be answered.
    const abroad = guard ? parts.map((part) => guardQuestion(part)?.reason === 'other-jurisdiction') : [];
    if (guard && (parts.length === 1 || !abroad.some(Boolean) || abroad.every(Boolean)))
      return write(unknown(question, 'other-jurisdiction', []));
    // A Chinese question is read with the fixed terms of its English words and pinyin added, and keeps its own wording.
    const answerPart = (part: string, partOptions: AskOptions): AdvisorResult =>
      chinese
        ? { ...answerQuestion(chineseTools(), expandWithChineseTerms(knowledge, part), partOptions), question: part }
        : answerQuestion(tools, part, partOptions);
    const read = (part: string, partOptions: AskOptions): AdvisorResult =>
      abroad[parts.indexOf(part)] === true ? unknown(part, 'other-jurisdiction', []) : answerPart(part, partOptions);
    if (parts.length === 1) return write(read(question, options));
    // A later part is read with the first one only when it cannot stand alone ("…, and for how long?").
    const results: AdvisorResult[] = [];
    // "…what goes wrong with training bases, and how does the teacher-startup idea help?": the remedy of what the part before named.
    const fragments = parts.map(
      (part, i) =>
        i > 0 &&
        (chinese
          ? isChineseFragment(part)
          : isFragment(part) ||
            asksOnlyWhy(part) ||
            asksHandledAlike(part) ||
            pointsAtPartBefore(part) ||
            IF_YES.test(part) ||
            JUDGES_IT.test(part.trim()) ||
            TEACHERS_HELP.test(part.trim()) ||
            DOES_BETTER.test(part.trim())),
    );
    // Parts read with the part before them keep that reading (below); a fragment always is, a detail part when kept.
    const readWithPrevious = [...fragments];
    for (const [i, part] of parts.entries()) {
      const previous = results[i - 1];
      const context =
        previous && fragments[i]
          ? {
              question: parts[i - 1]!,
              topicId: previous.kind === 'answer' ? previous.topic.id : undefined,
              sameSubject: previous.kind === 'answer' && (inSubsection(previous) || pointsAtThingNamed(part, parts[i - 1]!)),
              // "…, and why?" and "…, and for training bases?" go on from what the part before was answered with; the
              // second asks the same kind of question of another subject.
              ...(previous.kind === 'answer' &&
              (isBareQuestion(part) ||
                asksOnlyWhy(part) ||
                ASKED_OF_ANOTHER.test(part) ||
                SHORT_POINTING_BACK.test(part) ||
                JUDGES_IT.test(part.trim()) ||
                IF_SO.test(part) ||
                asksHandledAlike(part) ||
                pointsAtPartBefore(part) ||
                THE_EXAMPLE.test(part) ||
                goesOnWithThem(part))
                ? { facts: previous.facts }
                : {}),
              // "…, and is medical treatment handled the same way?" asks whether the answer before holds of it too.
              ...(previous.kind === 'answer' && (ASKED_OF_ANOTHER.test(part) || asksHandledAlike(part))
                ? { type: previous.understanding?.type }
                : {}),
            }
          : undefined;
      // "If not, who?" asks "who?" of what the part before was answered with; its lead only relates it to that part.
      // "…? And can my startup results count toward my title?": the "and" opening a part that asks on its own joins nothing.
      const asked = context?.facts && isBareQuestion(part) ? part.replace(RELATING_LEAD, '') : part.replace(JOINING_LEAD, '');
      const alone = { ...read(asked, context ? { ...options, context } : options), question: part };
      const readAfter = (c: NonNullable<AskOptions['context']>): AdvisorResult => read(part, { ...options, context: c });
      // "How long is it kept, can I cut it short, and can I extend it?": a part may go on from any part before it, the
      // nearest first.
      const earlier = context ? [] : [...results.keys()].reverse();
      const onEarlier = <T>(attempt: (j: number) => T | undefined): T | undefined => {
        for (const j of earlier) {
          const found = attempt(j);
          if (found !== undefined) return found;
        }
        return undefined;
      };
      const detail = onEarlier((j) => detailOfPrevious(tools, part, results[j]!, parts[j]!, readAfter));
      if (detail) readWithPrevious[i] = true;
      const staying = detail ? undefined : onEarlier((j) => staysOnPrevious(part, alone, results[j]!, parts[j]!, readAfter));
      if (staying) readWithPrevious[i] = true;
      const onWay =
        detail || staying || !previous || context
          ? undefined
          : onPreviousWay(tools, { part, alone, previous, previousPart: parts[i - 1]!, readAfter }, options.audience);
      if (onWay) readWithPrevious[i] = true;
      const inSection =
        detail || staying || onWay || !previous
          ? undefined
          : staysInSection(tools, { part, alone, previous, previousPart: parts[i - 1]!, readAfter }, options.audience);
      if (inSection) readWithPrevious[i] = true;
      results.push(
        !previous
          ? alone
          : context
            ? (inSection ?? alone)
            : (detail ?? staying ?? onWay ?? inSection ?? nextReading(alone, previous, parts[i - 1]!, readAfter) ?? alone),
      );
    }
    // "…, and who pays if I get hurt at work": a part declined alone is read once more with the message's other parts,
    // when one of them was answered (two questions outside the guidance do not vouch for each other).
    const answered = results.map((r) => r.kind === 'answer');
    const final = results.map((result, i) => {
      if (result.kind !== 'unknown' || result.reason === 'empty' || !answered.some((yes, j) => yes && j !== i)) return write(result);
      const siblings = parts.filter((_, j) => j !== i).join(' ');
      // "…a mentor in a student's startup, and do they have to stay in it once it takes off?": a part pointing back is
      // about what the part before it was about.
      const before = results[i - 1];
      const topicId = before?.kind === 'answer' && pointsBackInMessage(parts[i]!) ? before.topic.id : undefined;
      const retried = read(parts[i]!, { ...options, context: { question: siblings, sibling: true, topicId } });
      if (retried.kind === 'answer') return write(retried);
      // "…the teaching resources mode about, and what's the end product?": a short part asks on from the part before.
      const followed =
        before?.kind === 'answer' && wordCount(parts[i]!) <= FOLLOWING_PART_WORDS
          ? read(parts[i]!, { ...options, context: { question: parts[i - 1]!, topicId: before.topic.id, facts: before.facts } })
          : undefined;
      return write(followed?.kind === 'answer' ? followed : result);
    });
    // "In labour-intensive cooperation who comes out ahead, and what does each side get?": parts that are each declined
    // alone may still be one question the whole message answers.
    if (final.every((r) => r.kind === 'unknown') && !abroad.some(Boolean)) {
      const whole = read(question, options);
      if (whole.kind === 'answer') return write(whole);
    }
    return combineParts(
      question,
      beyond,
      // A part read with the part before it ("…, and can they pull out afterwards?") keeps that reading.
      final.map((result, i) =>
        readWithPrevious[i] ? result : (ownReading(parts, final, i, (part) => write(read(part, options))) ?? result),
      ),
      offersAChoice(question, parts),
    );
  }
}

/**
 * "Does the guidance apply to vocational colleges, or is it only for universities?": two questions joined by "or" offer
 * the choices of one question, whose verdict is the first's (the other choice is its complement).
 */
function offersAChoice(question: string, parts: readonly string[]): boolean {
  if (parts.length !== 2) return false;
  const second = question.lastIndexOf(parts[1]!);
  return second > 0 && /[,;]\s*or\s*$/i.test(question.slice(0, second));
}

/** "what about people at other public institutions?": a part asking the question before it of another subject. */
const WHAT_ABOUT = /^(?:(?:and|but|so),?\s+)?(?:what|how) about\b/i;

/** Most words of a declined later part read again as going on from the part before it ("what does the business have to be about?"). */
const FOLLOWING_PART_WORDS = 8;

/** A later part read alone at less than this confidence is read again after the part before it. */
const WEAK_PART_CONFIDENCE = 0.5;

/**
 * "What does an on-the-job startup have to relate to? And what about a company founded after leaving the post?": a later
 * part its own words place only weakly is read after the part before it, like a follow-up, and kept when it is answered.
 */
function nextReading(
  alone: AdvisorResult,
  previous: AdvisorResult,
  previousPart: string,
  readAfter: (context: NonNullable<AskOptions['context']>) => AdvisorResult,
): AdvisorResult | undefined {
  // A part declined alone is read again with all the message's other parts instead (below).
  if (previous.kind !== 'answer' || alone.kind === 'unknown' || (alone.kind === 'answer' && alone.confidence >= WEAK_PART_CONFIDENCE))
    return undefined;
  if (alone.kind === 'answer' && alone.topic.id === previous.topic.id) return undefined;
  const after = readAfter({
    question: previousPart,
    topicId: previous.topic.id,
    facts: previous.facts,
    type: previous.understanding?.type,
  });
  return after.kind === 'answer' ? after : undefined;
}

/** A pronoun standing for something named before ("it", "they"), not "anything" or "we". */
const POINTING_PRONOUN = /\b(?:it|its|that|this|those|they|them|he|him|she|his|her|their)\b/i;

/**
 * "…create conflicts? And what's the example the paper gives?", "…, and does it give a concrete example?": the example of
 * what the part before asked about.
 */
const THE_EXAMPLE = /\bthe (?:\w+ )?(?:example|case|story)\b|\b(?:an?|any) (?:\w+ )?examples?\b/i;

/** Words naming one party, a group per party: "an enterprise" named first is "the company" after. */
const PARTY_NOUNS = ['(?:company|enterprise|firm|business|employer)', '(?:school|college)', '(?:teacher|lecturer)'];

/** "Can I work part-time at an enterprise, and does the company have to be in my field?": "the" one named before as "a". */
function namesAgain(part: string, previousPart: string): boolean {
  return PARTY_NOUNS.some(
    (noun) =>
      new RegExp(String.raw`\bthe ${noun}\b`, 'i').test(part) && new RegExp(String.raw`\b(?:a|an) ${noun}\b`, 'i').test(previousPart),
  );
}

// "Do I sign an agreement with the school, and does that agreement set how long I'm away?": "that" and a thing the part
// before named.
const THAT_THING = /\b(?:that|this|the same)\s+([a-z][a-z-]{2,})\b/gi;
/** Words after "that" or "this" that name no thing of their own ("that is", "this way"). */
const NOT_A_THING: ReadonlySet<string> = new Set(['is', 'was', 'way', 'case', 'kind', 'much', 'many', 'one', 'time', 'the', 'all']);

/** True when a part points, with "that" or "this", at a thing the part before it named. */
function pointsAtThingNamed(part: string, previousPart: string): boolean {
  const named = new Set(tokenize(previousPart).map(stem));
  return [...part.matchAll(THAT_THING)].some(([, word]) => {
    const lower = word!.toLowerCase();
    return !NOT_A_THING.has(lower) && named.has(stem(lower));
  });
}

/** Most words of a later part that points back and is read on the subject of the part before it. */
const STAYING_PART_WORDS = 12;

/**
 * "Is there a separate agreement with the company? What does it cover?": a later part that points back ("it", "they",
 * "that") and is answered alone from another topic is read after the part before it, and kept when that reading stays
 * on the part before's topic.
 */
function staysOnPrevious(
  part: string,
  alone: AdvisorResult,
  previous: AdvisorResult,
  previousPart: string,
  readAfter: (context: NonNullable<AskOptions['context']>) => AdvisorResult,
): AdvisorResult | undefined {
  if (previous.kind !== 'answer' || alone.kind !== 'answer' || alone.topic.id === previous.topic.id) return undefined;
  if (wordCount(part) > STAYING_PART_WORDS || !(POINTING_PRONOUN.test(part) || namesAgain(part, previousPart))) return undefined;
  const after = readAfter({ question: previousPart, topicId: previous.topic.id, facts: previous.facts });
  return after.kind === 'answer' && after.topic.id === previous.topic.id ? after : undefined;
}

/** The sections of the paper ("4.1", "3") a result cites. */
function sectionsOf(result: AdvisorResult): Set<string> {
  return new Set(result.kind === 'answer' ? result.citations.map((c) => c.clause.replace(/-\d+$/, '')) : []);
}

/** The paper's summary: one short section without subsections, as much one subject as a subsection is. */
const SUMMARY_SECTION = '5';

/** True when a result cites one subsection of the paper's research ("4.1", "2.3"): one mode, one problem; or its summary. */
function inSubsection(result: AdvisorResult): boolean {
  const [section, ...others] = sectionsOf(result);
  return section !== undefined && others.length === 0 && (section.includes('.') || section === SUMMARY_SECTION);
}

/**
 * "What is the teachers' team mode, and how does the school benefit from it?": a later part naming no situation the
 * part before did not name, answered alone from another section of the paper, asks on about the part before's subject;
 * it is read after that part and kept when that reading stays in its section.
 */
function staysInSection(
  tools: AnswerTools,
  { part, alone, previous, previousPart, readAfter }: LaterPart,
  audience: Audience | undefined,
): AdvisorResult | undefined {
  // (A part declined alone, "…, and what's the downside for students?", may be asked of that subject too.)
  if (previous.kind !== 'answer' || alone.kind === 'refuse' || !inSubsection(previous)) return undefined;
  if (alone.kind === 'unknown' && alone.reason !== 'low-confidence' && alone.reason !== 'out-of-scope') return undefined;
  const before = sectionsOf(previous);
  if ([...sectionsOf(alone)].some((s) => before.has(s))) return undefined;
  const situations = (text: string) =>
    tools.concepts
      .find(text, audience)
      .map((m) => m.concept)
      .filter((c) => tools.concepts.kinds.get(c) === 'situation');
  const named = situations(previousPart);
  if (situations(part).some((c) => !named.includes(c))) return undefined;
  const after = readAfter({ question: previousPart, topicId: previous.topic.id, facts: previous.facts, sameSubject: true });
  return after.kind === 'answer' && after.topic.id === previous.topic.id ? after : undefined;
}

/** Most words of a later part that asks only for a detail of what the part before was answered with. */
const DETAIL_PART_WORDS = 10;

/**
 * "Who decides my salary while I'm off post, and is there a fixed percentage?": a short later part asking only for a
 * detail (a figure, an amount, an extension, a deadline…) and naming no situation or aspect of its own asks it of the fact the part
 * before was answered with; that reading is kept when it says the guidance does not give the detail.
 */
function detailOfPrevious(
  tools: AnswerTools,
  part: string,
  previous: AdvisorResult,
  previousPart: string,
  readAfter: (context: NonNullable<AskOptions['context']>) => AdvisorResult,
): AdvisorResult | undefined {
  if (previous.kind !== 'answer' || previous.facts.length === 0 || wordCount(part) > DETAIL_PART_WORDS) return undefined;
  const found = tools.concepts.find(part).map((m) => m.concept);
  if (!(found.includes('detail') || found.includes('amount') || namesFigure(part))) return undefined;
  if (found.some((c) => OWN_SUBJECT_KINDS.has(tools.concepts.kinds.get(c) ?? ''))) return undefined;
  const after = readAfter({
    question: previousPart,
    topicId: previous.topic.id,
    facts: previous.facts,
    type: previous.understanding?.type,
  });
  // (A reading that wanders off to another topic is not a detail of the part before.)
  return after.kind === 'answer' && after.verdict === 'not-stated' && after.topic.id === previous.topic.id ? after : undefined;
}

/** The kinds of concept that give a part a subject of its own. */
const OWN_SUBJECT_KINDS: ReadonlySet<string> = new Set(['situation', 'aspect']);

/**
 * "…mentor student start-ups, and can they go back to the school afterwards?": a part asking what the same people do next
 * goes on from what the part before was answered with.
 */
function goesOnWithThem(part: string): boolean {
  return /\b(?:they|them)\b/i.test(part) && /\b(?:afterwards|later|once|then|permanently|forever|eventually)\b/i.test(part);
}

/** True for a question too short or too dependent to stand alone ("and how long?", "what about us?"). */
function isFragment(part: string): boolean {
  const words = wordCount(part);
  const text = part.trim();
  return (
    words <= 4 ||
    // "…? And what about people at other public institutions?": the question before, asked of another subject.
    WHAT_ABOUT.test(text) ||
    (words <= 7 && /^(?:and|but|also|plus|what about|how about|and if|what if|then|if not|if so|otherwise|in that case)\b/i.test(text)) ||
    (words <= 7 && /^(?:if|when|once|even if)\s[^?,]+\?$/i.test(text)) ||
    (words <= 8 && /\b(?:it|its|that|this|these|those|they|them|he|him|she|his|her|their|one|ones)\b/i.test(text))
  );
}

/**
 * "if I'm rated excellent for my startup does it count against the quota, and do training and assessment carry on": a
 * later part answered by the very fact an earlier part was (the condition or the earlier part drew it there) is read on
 * its own, without the condition it was given, and that reading is kept when it is answered by another fact of the same
 * section of the paper.
 */
function ownReading(
  parts: readonly string[],
  results: readonly AdvisorResult[],
  i: number,
  readAlone: (part: string) => AdvisorResult,
): AdvisorResult | undefined {
  const result = results[i]!;
  if (i === 0 || result.kind !== 'answer' || result.facts.length === 0) return undefined;
  const fact = result.facts[0];
  if (!results.slice(0, i).some((r) => r.kind === 'answer' && r.facts[0] === fact)) return undefined;
  const alone = readAlone(withoutCondition(parts[i]!, parts[0]!));
  if (alone.kind !== 'answer' || alone.facts.length === 0 || alone.facts.includes(fact!)) return undefined;
  // "…in what role can I come in to my students' startup, and can I go back to just teaching once it takes off?": a
  // reading alone in another section of the paper (returning from leave) has lost the subject the parts share.
  const shared = sectionsOf(result);
  return [...sectionsOf(alone)].some((s) => shared.has(s)) ? alone : undefined;
}

const CONDITION = /^(?:so |and |but )?(?:if|when|whenever|once|after|before|while|since|suppose|say|in case|assuming)\b/i;

/** A part without the condition it shares with the message's first part ("if I leave, who pays…" → "who pays…"). */
function withoutCondition(part: string, first: string): string {
  const comma = part.indexOf(', ');
  const condition = part.slice(0, comma);
  return comma > 0 && CONDITION.test(condition) && first.startsWith(condition) ? part.slice(comma + 2) : part;
}

/** True for a later part of a message that points back at the part before it ("do they have to stay there?"). */
function pointsBackInMessage(part: string): boolean {
  return pointsBack(part) || /\bthere\b/i.test(part);
}

/** The "refuse" probability at which a message is refused when the model carries no tuned threshold. */
export const REFUSE_PROBABILITY = 0.5;

/** The refusal check's decision on a message the rules let through: refused at or above the threshold. */
function learnedRefusal(checkOf: () => IntentClassifier | undefined, threshold: number, question: string): GuardDecision | undefined {
  if (!mayBeRefused(question)) return undefined;
  const top = checkOf()?.predict(question, 1).ranked[0];
  if (top?.intent !== REFUSE_LABEL || top.confidence < threshold) return undefined;
  return { reason: 'harmful', because: 'deceive, cheat or harm someone' };
}

function nearestTopics(knowledge: Knowledge, alternatives: ScoredIntent[]): TopicRef[] {
  return alternatives
    .filter((a) => a.intent !== OOS_INTENT)
    .slice(0, NEAREST_COUNT)
    .flatMap((a) => refOf(knowledge, a.intent) ?? []);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
