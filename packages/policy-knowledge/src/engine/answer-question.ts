import type { IntentClassifier } from '../classify/index.js';
import type { Prediction } from '../classify/types.js';
import { OOS_INTENT } from '../classify/types.js';
import { expandWithGlossary } from '../features/glossary.js';
import type { Knowledge } from '../knowledge.js';
import type { Fact, Verdict } from '../schema/fact.js';
import type { Audience } from '../schema/topic.js';
import type { ConceptMatcher } from '../understand/concept-matcher.js';
import { questionType, type QuestionType } from '../understand/question-type.js';
import { findReference } from '../understand/reference.js';
import { askedActor } from '../understand/asked-actor.js';
import { applyCorrections, type Speller } from '../understand/spelling.js';
import { wordPattern } from '../understand/word-pattern.js';
import { composeAnswer, refOf } from './compose.js';
import { citationsOfFacts, composeFromFacts } from './compose-facts.js';
import { decide, type Decision } from './decide.js';
import { MIN_TOPIC_SCORE, rankFacts, type RankedFact } from './rank-facts.js';
import { answerReference } from './reference-answer.js';
import type { AdvisorResult, AnswerResult, AskOptions, ScoredIntent, Understanding } from './types.js';
import { decideVerdict, type VerdictDecision } from './verdict.js';
import { compoundVerdict } from './compound-verdict.js';
import { SPECIFIC_FIGURE, asksUnsupportedDetail } from './unsupported-detail.js';
import type { AskMatcher } from './ask-matcher.js';
import type { OutOfScopeWords } from '../understand/out-of-scope-words.js';
import type { VerdictModel } from './verdict-model.js';
import { verdictFeatures } from './verdict-features.js';

/** What answering one question needs: the knowledge, its classifier and the readers built from it. */
export interface AnswerTools {
  knowledge: Knowledge;
  classifier: IntentClassifier;
  declineThreshold: number;
  speller: Speller;
  concepts: ConceptMatcher;
  asks: AskMatcher;
  /** The verdict model learned from the facts' example questions, built on first use; undefined when the model has none. */
  verdicts(): VerdictModel | undefined;
  /** The words only out-of-scope examples use; built on first use. */
  outOfScopeWords(): OutOfScopeWords;
  /** Builds the "I don't know" result with the nearest topics. */
  unknown(question: string, reason: 'out-of-scope' | 'low-confidence', alternatives: ScoredIntent[]): AdvisorResult;
}

const ALTERNATIVES_COUNT = 5;
/** Parties nearly every fact names: naming one says nothing about staying on a topic. */
const GENERIC_PARTIES: ReadonlySet<string> = new Set(['teacher', 'school', 'enterprise', 'self']);
const SWAPPED: Partial<Record<Verdict, Verdict>> = { yes: 'no', no: 'yes' };
/** The length an answer to one question aims at, in words: further facts join only within it. */
const ANSWER_WORDS = 80;

function wordsOf(facts: readonly Fact[]): number {
  return facts.reduce((n, f) => n + f.text.split(/\s+/).length, 0);
}

const WHOLE_PICTURE = ['list', 'all', 'every', 'each', 'overview', String.raw`summar\w*`, 'items', 'points', 'in general', 'everything'];
/** Words of a question that wants a topic's whole picture, not one fact. */
const BROAD = wordPattern([...WHOLE_PICTURE, 'explain', 'describe', 'tell me about', 'what is', 'what are', "what's"]);
/** How alike a question and a fact's closest example must be for that fact to answer an open question alone. */
const CLOSEST_FACT_MIN = 0.2;
/** A second fact joins the answer when its example is at least this share as close as the first's. */
const SECOND_FACT_SHARE = 0.75;
/** Facts, best ranked first, whose example questions a yes/no question is compared with. */
const EXAMPLE_CANDIDATES = 6;
/** How much the closeness of a fact's example questions counts when ranking the leading facts. */
const EXAMPLE_WEIGHT = 0.1;
/** How alike (cosine) a question and an example must be for the example's verdict to be trusted over the rules. */
const EXAMPLE_TRUST = 0.6;
/** Topics after an unsure "not covered" that may still be the one a question names. */
const RUNNER_UPS = 1;
/** Below this probability of the "not covered" class, a declined follow-up is too short to judge on its own. */
const WEAK_DECLINE = 0.7;
/** The weight of the previous topic when a follow-up cannot be placed on its own. */
const PREVIOUS_TOPIC_SCORE = 0.5;
/** How much the previous question's topics count when reading a follow-up, against the follow-up's own. */
const CONTEXT_WEIGHT = 0.7;
/** How much the other questions of the same message count when reading a part declined on its own. */
const SIBLING_WEIGHT = 0.2;
/** A fact must lead the next topic's best fact by this much to settle a question the classifier found too close. */
const SETTLES_CLARIFY = 0.1;
/** A question about doing something oneself: "what if I come back early?", "and if we hire him part-time?". */
const WHAT_IF_I = /^(?:(?:and|but|so)\s+)?(?:what if|and if|what happens if)\s+(?:i|we|he|she|they|the teacher)\b/i;
/** Most facts in one answer. */
const MAX_FACTS = 3;
/** Question types answered from the single best fact, never from a topic's whole text. */
const PRECISE_TYPES: ReadonlySet<QuestionType> = new Set(['yes-no', 'choice', 'who', 'how-long', 'how-much', 'when']);

/** Answers one question (one part of a message): understands it, classifies it, picks facts, decides a verdict. */
export function answerQuestion(tools: AnswerTools, question: string, options: AskOptions): AdvisorResult {
  const { knowledge, classifier } = tools;
  const corrections = tools.speller.corrections(question);
  const corrected = applyCorrections(question, corrections);
  const context = options.context;
  const type = continuedType(questionType(corrected), corrected, context?.question);
  const concepts = readConcepts(tools, corrected, context?.question, options.audience);
  const reference = findReference(question, knowledge.sections, knowledge.lists);
  const base = { corrected, corrections, type, concepts: [...concepts], usedContext: context !== undefined };
  if (reference) return answerReference(knowledge, question, reference, options.audience, base);

  // A follow-up is read on its own first; the previous question only fills in what the fragment leaves open.
  const own = classifier.predict(expandWithGlossary(knowledge, corrected), ALTERNATIVES_COUNT + 1);
  const ownDecision = decide(own, tools.declineThreshold);
  // A declined follow-up is read with the previous question only when it can belong to it (not "the capital of France?").
  // "why are they hard?": a short fragment that points back is about what was asked before, however sure its own reading;
  // "and the mass innovation one?" names a subject of its own and keeps its own reading.
  const pointing =
    context !== undefined &&
    ownDecision.kind !== 'unknown' &&
    pointsBack(corrected) &&
    wordCount(corrected) <= FRAGMENT_WORDS &&
    !namesSituation(tools, corrected, options.audience);
  const contextual =
    context !== undefined &&
    (ownDecision.kind === 'clarify' ||
      pointing ||
      (ownDecision.kind === 'unknown' && context.sibling === true && namesAspect(tools, { question, corrected }, options.audience)) ||
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
  const decision: Decision =
    contextual && declined.kind === 'unknown' && context.topicId && knowledge.topicById.has(context.topicId)
      ? { kind: 'answer', intent: context.topicId, confidence: PREVIOUS_TOPIC_SCORE }
      : (namedRunnerUp(tools, corrected, prediction, declined, options.audience) ?? declined);
  if (decision.kind === 'unknown') return tools.unknown(question, decision.reason, alternatives);

  // The fragment's own topics lead, the conversation's fill in; for a fragment that points back, the other way round.
  const [lead, filler] = pointing && withContext ? [withContext, own] : [own, withContext];
  const topicScores = topicScoresOf(lead);
  if (decision !== declined && decision.kind === 'answer')
    topicScores.set(decision.intent, Math.max(topicScores.get(decision.intent) ?? 0, PREVIOUS_TOPIC_SCORE));
  // "why are they so hard?": what a fragment points back at is the previous topic, whatever its own words suggest.
  if (pointing && context?.topicId !== undefined) topicScores.set(context.topicId, Math.max(...topicScores.values(), 0));
  // The other questions of a message only vouch that a part is in scope; what it asks about is its own.
  const weight = context?.sibling === true ? SIBLING_WEIGHT : CONTEXT_WEIGHT;
  for (const r of filler?.ranked ?? []) {
    if (r.intent !== OOS_INTENT) topicScores.set(r.intent, Math.max(topicScores.get(r.intent) ?? 0, weight * r.confidence));
  }
  // A part let in by the others is about what it names: the topics of the facts on those aspects are candidates.
  if (context?.sibling === true && contextual) {
    const own = new Set(tools.concepts.find(corrected, options.audience).map((m) => m.concept));
    for (const fact of knowledge.facts) {
      if (fact.about.some((c) => own.has(c) && tools.concepts.kinds.get(c) === 'aspect'))
        topicScores.set(fact.topic, Math.max(topicScores.get(fact.topic) ?? 0, SIBLING_WEIGHT));
    }
  }
  const ranked = byExamples(tools, corrected, rankFacts(knowledge, topicScores, concepts, tools.concepts.kinds));
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
  const topicId = decision.kind === 'answer' ? decision.intent : (best?.fact.topic ?? '');
  const confidence = decision.kind === 'answer' ? decision.confidence : (topicScores.get(best?.fact.topic ?? '') ?? 0);
  const understanding: Understanding = { ...base, facts: ranked.slice(0, 5).map((r) => ({ id: r.fact.id, score: round(r.score) })) };
  // "how much is the hourly allowance…": money for something no fact is about is not covered at all.
  if (type === 'how-much' && concepts.has('amount') && best !== undefined && best.aspectHits === 0 && !concepts.has('salary')) {
    return tools.unknown(question, 'out-of-scope', alternatives);
  }
  const useFacts = best !== undefined && (PRECISE_TYPES.has(type) || best.aspectHits > 0 || primaryFacts(knowledge, topicId).length === 1);
  const topic = knowledge.topicById.get(topicId);
  if (!best || !useFacts) {
    if (!topic) return tools.unknown(question, 'low-confidence', alternatives);
    // A broad question ("list the treatment items") gets the topic's own text; a narrower one its closest facts.
    const closest = BROAD.test(corrected) ? [] : closestFacts(tools, corrected, primaryFacts(knowledge, topicId));
    if (closest.length === 0)
      return { ...composeAnswer(knowledge, topic, { question, confidence, audience: options.audience, alternatives }), understanding };
    const base = composeAnswer(knowledge, topic, { question, confidence, audience: options.audience, alternatives });
    return {
      ...base,
      text: composeFromFacts(closest, null, options.audience),
      citations: citationsOfFacts(knowledge, closest),
      facts: closest.map((f) => f.id),
      understanding: { ...understanding, verdictRule: 'the topic’s facts closest to the question' },
    };
  }
  // "what if I come back early?" of what the guidance allows asks whether one may: yes, and the fact.
  const asked = type === 'what' && WHAT_IF_I.test(corrected) && best.fact.modality === 'permission' ? 'yes-no' : type;
  const compound =
    asked === 'yes-no'
      ? compoundVerdict(knowledge, tools.concepts, {
          question: corrected,
          concepts,
          topicScores,
          topicScoresOf: (claim) => topicScoresOf(classifier.predict(expandWithGlossary(knowledge, claim), ALTERNATIVES_COUNT + 1)),
          audience: options.audience,
        })
      : undefined;
  const example = asked === 'yes-no' && !compound ? closeExample(tools, corrected, ranked, options.audience) : undefined;
  return answerFromFacts(knowledge, tools.verdicts, {
    question,
    type: asked,
    concepts,
    ranked,
    confidence,
    alternatives,
    audience: options.audience,
    understanding,
    compound: compound ?? example,
    matcher: tools.concepts,
  });
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
    understanding: Understanding;
    compound: { decision: VerdictDecision; facts: Fact[] } | undefined;
    matcher: ConceptMatcher;
  },
): AnswerResult {
  const best = input.ranked[0]!;
  const unsupported = asksUnsupportedDetail(knowledge, input.matcher, input.question, best.fact);
  const ruled =
    input.compound?.decision ??
    decideVerdict(best.fact, input.type, input.concepts, askedActor(input.question, input.audience), input.question, unsupported);
  const model = ruled.byDefault && input.type === 'yes-no' ? verdicts() : undefined;
  const decision = (model && learnedVerdict(model, knowledge, input.question, best.fact, input.concepts, ruled)) ?? ruled;
  const extra = decision.with.flatMap((id) => knowledge.factById.get(id) ?? []);
  const facts: Fact[] = input.compound ? [...input.compound.facts] : [best.fact, ...extra];
  if (input.type !== 'yes-no' && decision.verdict === null) facts.push(...companions(input.ranked, facts));
  const topic = knowledge.topicById.get(facts[0]!.topic)!;
  const base = composeAnswer(knowledge, topic, {
    question: input.question,
    confidence: input.confidence,
    audience: input.audience,
    alternatives: input.alternatives,
  });
  return {
    ...base,
    text: composeFromFacts(facts, decision.verdict, input.audience),
    citations: citationsOfFacts(knowledge, facts),
    verdict: decision.verdict,
    facts: facts.map((f) => f.id),
    understanding: { ...input.understanding, verdictRule: decision.rule },
  };
}

/** How sure the learned verdict must be to overrule the fact's own verdict. */
const LEARNED_TRUST = 0.7;

/**
 * The verdict the model learned from the example questions reads in what a question adds to its fact ("…and get me a pay
 * rise" → partly), when it is sure and differs from the fact's own verdict, which nothing in the question changed.
 */
function learnedVerdict(
  model: VerdictModel,
  knowledge: Knowledge,
  question: string,
  fact: Fact,
  concepts: ReadonlySet<string>,
  ruled: VerdictDecision,
): VerdictDecision | undefined {
  const features = verdictFeatures({ question, fact, concepts, ruleVerdict: ruled.verdict, conceptsFile: knowledge.concepts });
  const learned = model.predict(features);
  if (learned.probability < LEARNED_TRUST || learned.verdict === ruled.verdict) return undefined;
  return {
    verdict: learned.verdict,
    rule: `${ruled.rule}; learned from the example questions → ${learned.verdict} (${learned.probability.toFixed(2)})`,
    with: [],
  };
}

/**
 * True when a follow-up the classifier declined can stay on the previous topic: it asks for a detail, or names what
 * that topic's facts are about; a decline that is only unsure ("is that so?", "so who pays that?"), or a short fragment
 * that points back ("who signs it?"), may also stay, unless it names a subject only out-of-scope examples speak of
 * ("is it raining?").
 */
function staysOnTopic(
  tools: AnswerTools,
  { question, corrected: text }: { question: string; corrected: string },
  topicId: string | undefined,
  decline: { reason: string; notCovered: number },
  audience: Audience | undefined,
): boolean {
  const named = tools.concepts.find(text, audience).map((m) => m.concept);
  if (named.some((c) => c === 'detail' || c === 'amount' || c === 'date') || SPECIFIC_FIGURE.test(text)) return true;
  const about = new Set(
    tools.knowledge.facts
      .filter((f) => topicId !== undefined && (f.topic === topicId || f.topics.includes(topicId)))
      .flatMap((f) => f.about),
  );
  if (named.some((c) => about.has(c) && !GENERIC_PARTIES.has(c))) return true;
  const unsure = decline.reason === 'low-confidence' || decline.notCovered < WEAK_DECLINE;
  // "who signs it?", "what about small firms specifically?": a short fragment that points back and names something
  // or asks who/what/how belongs to the topic, however sure the decline; "is it raining there?" does not.
  const fragment = wordCount(text) <= FRAGMENT_WORDS && (named.length > 0 || ASKS_WHAT.test(text.trim()));
  // "raining" may have been spelled into "rating": the words as typed are checked too.
  const outside = tools.outOfScopeWords().named(text) || tools.outOfScopeWords().named(question);
  return (unsure || fragment) && pointsBack(text) && !outside;
}

/**
 * True when a question names what the knowledge's facts are about ("who pays if I get hurt at work" → injury insurance)
 * and nothing only out-of-scope examples speak of: one of several questions in a message, declined alone, may then be
 * read with the others.
 */
function namesAspect(
  tools: AnswerTools,
  { question, corrected }: { question: string; corrected: string },
  audience: Audience | undefined,
): boolean {
  const named = tools.concepts.find(corrected, audience).map((m) => m.concept);
  const aspect = named.some((c) => tools.concepts.kinds.get(c) === 'aspect' && tools.knowledge.facts.some((f) => f.about.includes(c)));
  return aspect && !tools.outOfScopeWords().named(corrected) && !tools.outOfScopeWords().named(question);
}

/**
 * An unsure "not covered" overruled: one of the next few topics is the one whose facts are about what the question names
 * ("what if I want to quit for good?" → terminating the contract). Undefined when the decline stands.
 */
function namedRunnerUp(
  tools: AnswerTools,
  text: string,
  prediction: Prediction,
  declined: Decision,
  audience: Audience | undefined,
): Decision | undefined {
  if (declined.kind !== 'unknown' || declined.reason !== 'out-of-scope' || notCoveredScore(prediction) >= WEAK_DECLINE) return undefined;
  if (tools.outOfScopeWords().named(text)) return undefined;
  const aspects = tools.concepts
    .find(text, audience)
    .map((m) => m.concept)
    .filter((c) => tools.concepts.kinds.get(c) === 'aspect' && !GENERIC_PARTIES.has(c));
  if (aspects.length === 0) return undefined;
  const topics = prediction.ranked.filter((r) => r.intent !== OOS_INTENT && r.confidence >= MIN_TOPIC_SCORE).slice(0, RUNNER_UPS);
  const named = topics.find((t) => tools.knowledge.facts.some((f) => f.topic === t.intent && aspects.some((c) => f.about.includes(c))));
  return named ? { kind: 'answer', intent: named.intent, confidence: named.confidence } : undefined;
}

/** Words by which a follow-up points back at what was said before. */
const ANAPHOR = /\b(?:it|that|this|those|they|them|he|she|his|her|we|us|ourselves|anything|then)\b/i;
/** True when a follow-up points back at what was said before ("who signs it?", "and for small firms?"). */
function pointsBack(text: string): boolean {
  return ANAPHOR.test(text) || CONTINUATION.test(text.trim());
}

/** True when a question names a situation (a way of taking part, a cooperation mode) of its own. */
function namesSituation(tools: AnswerTools, text: string, audience: Audience | undefined): boolean {
  return tools.concepts.find(text, audience).some((m) => tools.concepts.kinds.get(m.concept) === 'situation');
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** A question asking for a person, a thing or a way ("who decides it then?"), not whether something is so. */
const ASKS_WHAT = /^(?:(?:and|so|but)\s+)?(?:who|whom|what|which|how)\b/i;
/** A follow-up this short cannot name its topic on its own. */
const FRAGMENT_WORDS = 7;

// "and rewards?", "what about research institutes?", "and if I come back early instead?": a fragment that asks nothing of its own.
const CONTINUATION = /^(?:and|or|also|plus|what about|how about|and what about|and if|what if|but if)\b/i;

/**
 * The type of a follow-up fragment: after a yes/no question ("does the school keep my training?" → "and rewards?") or a
 * question of who ("who is it for?" → "what about research institutes?"), a fragment asking nothing of its own asks
 * whether the same holds.
 */
function continuedType(own: QuestionType, text: string, previous: string | undefined): QuestionType {
  if (previous === undefined || own !== 'what' || !CONTINUATION.test(text.trim())) return own;
  if (/\b(?:what|which|who|how|why|where|when)\b/i.test(text.trim().replace(/^(?:and )?(?:what about|how about|what if)\b/i, '')))
    return own;
  const before = questionType(previous);
  return before === 'yes-no' || before === 'who' ? 'yes-no' : own;
}

/** The classifier's probability of each topic it ranked. */
function topicScoresOf(prediction: Prediction): Map<string, number> {
  return new Map(prediction.ranked.filter((r) => r.intent !== OOS_INTENT).map((r) => [r.intent, r.confidence]));
}

/** The probability the classifier gives the "not covered" class. */
function notCoveredScore(prediction: Prediction): number {
  return prediction.ranked.find((r) => r.intent === OOS_INTENT)?.confidence ?? 0;
}

/**
 * The concepts a question names; for a follow-up, also the previous question's situations and parties, and its
 * aspects when the follow-up names none ("and how long?").
 */
function readConcepts(tools: AnswerTools, text: string, previous: string | undefined, audience: Audience | undefined): Set<string> {
  const own = tools.concepts.find(text, audience).map((m) => m.concept);
  const concepts = new Set(own);
  if (SPECIFIC_FIGURE.test(text)) concepts.add('detail');
  if (previous === undefined) return concepts;
  const hasAspect = own.some((c) => tools.concepts.kinds.get(c) === 'aspect');
  for (const { concept } of tools.concepts.find(previous, audience)) {
    const kind = tools.concepts.kinds.get(concept);
    if (kind === 'situation' || kind === 'party' || (kind === 'aspect' && !hasAspect)) concepts.add(concept);
  }
  return concepts;
}

/**
 * The verdict of a yes/no question that closely matches one of the candidate facts' example questions: that
 * example's fact and verdict, with the facts its rule shows beside it.
 */
function closeExample(
  tools: AnswerTools,
  question: string,
  ranked: readonly RankedFact[],
  audience: Audience | undefined,
): { decision: VerdictDecision; facts: Fact[] } | undefined {
  const candidates = new Set(ranked.slice(0, EXAMPLE_CANDIDATES).map((r) => r.fact));
  const match = tools.asks.closest(question, candidates);
  if (!match || match.similarity < EXAMPLE_TRUST) return undefined;
  // "is it a crime to work part time…" is close to "can I work part-time…": a turning word only one of them has swaps the verdict.
  const named = (text: string) => new Set(tools.concepts.find(text).map((m) => m.concept));
  const asked = named(question);
  const example = named(match.example);
  // "…the benefit for companies like ours…" is not "…the school is the one that gets…": another party, another claim.
  if (swapsParty(example, new Set(tools.concepts.find(question, audience).map((m) => m.concept)))) return undefined;
  // "…only about 30% fail…" is another claim than "…most fail…": a figure only one of them gives changes it.
  if (figuresOf(match.example) !== figuresOf(question)) return undefined;
  const turns = (concepts: ReadonlySet<string>) => match.fact.flipOn.filter((c) => concepts.has(c)).length;
  const swapped = (turns(asked) + turns(example)) % 2 === 1 ? SWAPPED[match.verdict] : undefined;
  // A detail the example does not ask about ("…reduced teaching hours?") is one the fact does not settle.
  const detail =
    asksUnsupportedDetail(tools.knowledge, tools.concepts, question, match.fact) &&
    !example.has('detail') &&
    !SPECIFIC_FIGURE.test(match.example);
  const verdict = detail ? 'not-stated' : (swapped ?? match.verdict);
  const withIds = match.fact.unless.find((r) => r.verdict === verdict && r.with.length > 0)?.with ?? [];
  const extra = withIds.flatMap((id) => tools.knowledge.factById.get(id) ?? []);
  const adjustment = detail ? ', but it asks for a detail → not-stated' : swapped ? `, turned around → ${swapped}` : '';
  const rule = `like the example "${match.example}" (${match.similarity.toFixed(2)}) → ${match.verdict}${adjustment}`;
  return { decision: { verdict, rule, with: [] }, facts: [match.fact, ...extra] };
}

/**
 * The facts re-ranked with how alike the question is to each leading fact's example questions: what the concepts
 * cannot tell apart ("are there laws that clarify both sides' rights?" among four facts of one topic), the examples can.
 */
function byExamples(tools: AnswerTools, question: string, ranked: RankedFact[]): RankedFact[] {
  const leading = ranked.slice(0, EXAMPLE_CANDIDATES);
  if (leading.length < 2) return ranked;
  const similarity = new Map(tools.asks.rank(question, new Set(leading.map((r) => r.fact))).map((m) => [m.fact, m.similarity]));
  const rescored = leading.map((r) => ({ ...r, score: r.score + EXAMPLE_WEIGHT * (similarity.get(r.fact) ?? 0) }));
  return [...rescored.sort((a, b) => b.score - a.score), ...ranked.slice(EXAMPLE_CANDIDATES)];
}

/** The numbers a text gives, in order ("30%" → "30"). */
function figuresOf(text: string): string {
  return (text.match(/\d+(?:\.\d+)?/g) ?? []).join(' ');
}

/** The parties a claim can be about: an example naming one the question does not, while the question names another, swaps them. */
const CLAIM_PARTIES = ['teacher', 'school', 'enterprise', 'student'] as const;

function swapsParty(example: ReadonlySet<string>, asked: ReadonlySet<string>): boolean {
  const onlyExample = CLAIM_PARTIES.some((p) => example.has(p) && !asked.has(p));
  const onlyAsked = CLAIM_PARTIES.some((p) => asked.has(p) && !example.has(p));
  return onlyExample && onlyAsked;
}

/** The one or two facts of a topic whose example questions are closest to the question. */
function closestFacts(tools: AnswerTools, question: string, facts: readonly Fact[]): Fact[] {
  const [first, second] = tools.asks.rank(question, new Set(facts));
  if (!first || first.similarity < CLOSEST_FACT_MIN) return [];
  const fits = second && wordsOf([first.fact, second.fact]) <= ANSWER_WORDS;
  return fits && second.similarity >= first.similarity * SECOND_FACT_SHARE ? [first.fact, second.fact] : [first.fact];
}

/** Other facts of the same topic that answer an aspect of the question the chosen facts leave out. */
function companions(ranked: readonly RankedFact[], chosen: readonly Fact[]): Fact[] {
  const topic = chosen[0]!.topic;
  const picked: Fact[] = [];
  for (const r of ranked.slice(1, 8)) {
    if (chosen.length + picked.length >= MAX_FACTS) break;
    if (r.aspectHits === 0 || r.fact.topic !== topic || chosen.includes(r.fact)) continue;
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

function primaryFacts(knowledge: Knowledge, topicId: string): Fact[] {
  return knowledge.facts.filter((f) => f.topic === topicId);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
