import type { Knowledge } from '../knowledge.js';
import type { Fact } from '../schema/fact.js';
import { ruleHolds } from './rule-holds.js';
import { otherWayOfTakingPart, WAYS } from './verdict.js';

/** A fact with how well it fits a question. */
export interface RankedFact {
  fact: Fact;
  score: number;
  /** How many of the question's aspects the fact is about. */
  aspectHits: number;
}

/** Weights of the evidence a fact is ranked by; the topic probability counts 1. */
export const FACT_WEIGHTS = {
  aspect: 0.45,
  specific: 0.1,
  situation: 0.08,
  situationMiss: 0.08,
  otherWay: 0.2,
  party: 0.03,
  switchedParty: 0.35,
  soleParty: 0.25,
  alsoTopic: 0.6,
  rule: 0.1,
} as const;

/** The other side of a cooperation: a fact about one and not the other is that one's alone. */
export const COUNTERPART: Readonly<Record<string, string>> = { school: 'enterprise', enterprise: 'school' };
/** The side a fact about one party leaves out to be that party's alone: a teacher's gains are those without the firm's. */
const SOLE_AGAINST: Readonly<Record<string, string>> = { ...COUNTERPART, teacher: 'enterprise' };

/** Most concepts of a fitting verdict rule that count towards a fact's rank. */
const MOST_RULE_CONCEPTS = 2;

/** A fact whose topics the classifier gives less than this is not a candidate. */
export const MIN_TOPIC_SCORE = 0.02;

/** What ranking needs of a fact, worked out once per knowledge: its topics' places (see `FactIndex`), its concepts by kind. */
interface FactProfile {
  fact: Fact;
  topic: number;
  otherTopics: Int32Array;
  about: ReadonlySet<string>;
  aspects: number;
  situations: readonly string[];
  parties: readonly string[];
}

/**
 * The fact profiles of a knowledge, per topic the positions of the facts it names (as topic or other topic), and a mark
 * per fact (all 0 between calls) for gathering candidates; each topic the facts name has a place, where the question's
 * topic scores are copied while ranking.
 */
interface FactIndex {
  profiles: readonly FactProfile[];
  byTopic: ReadonlyMap<string, readonly number[]>;
  marks: Uint8Array;
  topicPlaces: ReadonlyMap<string, number>;
  topicScores: Float64Array;
}

const indexes = new WeakMap<Knowledge, FactIndex>();

function indexOf(knowledge: Knowledge, kinds: ReadonlyMap<string, string>): FactIndex {
  let index = indexes.get(knowledge);
  if (!index) {
    const topicPlaces = new Map<string, number>();
    const placeOf = (topic: string) => topicPlaces.get(topic) ?? topicPlaces.set(topic, topicPlaces.size).size - 1;
    const profiles = knowledge.facts.map((fact) => ({
      fact,
      topic: placeOf(fact.topic),
      otherTopics: Int32Array.from(fact.topics.map(placeOf)),
      about: new Set(fact.about),
      aspects: fact.about.filter((c) => kinds.get(c) === 'aspect').length,
      situations: fact.about.filter((c) => kinds.get(c) === 'situation'),
      parties: fact.about.filter((c) => kinds.get(c) === 'party'),
    }));
    const byTopic = new Map<string, number[]>();
    profiles.forEach(({ fact }, i) => {
      for (const topic of new Set([fact.topic, ...fact.topics])) {
        const facts = byTopic.get(topic);
        if (facts) facts.push(i);
        else byTopic.set(topic, [i]);
      }
    });
    index = { profiles, byTopic, marks: new Uint8Array(profiles.length), topicPlaces, topicScores: new Float64Array(topicPlaces.size) };
    indexes.set(knowledge, index);
  }
  return index;
}

/**
 * The profiles of the facts that may reach the topic threshold (a topic of theirs scores at least it), in knowledge
 * order: no fact of a lower-scoring topic can.
 */
function candidatesOf(index: FactIndex, topicScores: ReadonlyMap<string, number>): FactProfile[] {
  const { marks, profiles } = index;
  for (const [topic, score] of topicScores) {
    if (score < MIN_TOPIC_SCORE) continue;
    const facts = index.byTopic.get(topic);
    if (facts) for (const i of facts) marks[i] = 1;
  }
  const candidates: FactProfile[] = [];
  for (let i = 0; i < marks.length; i++) {
    if (marks[i] === 0) continue;
    marks[i] = 0;
    candidates.push(profiles[i]!);
  }
  return candidates;
}

/** The topic scores by the index's topic places (0 for a topic not scored), in the index's scratch array. */
function placedScores(index: FactIndex, topicScores: ReadonlyMap<string, number>): Float64Array {
  const scores = index.topicScores;
  scores.fill(0);
  for (const [topic, score] of topicScores) {
    const place = index.topicPlaces.get(topic);
    if (place !== undefined) scores[place] = score;
  }
  return scores;
}

/** How many concepts the widest of the fact's verdict rules the question meets names (0 when it meets none). */
function ruleFit(fact: Fact, concepts: ReadonlySet<string>): number {
  let widest = 0;
  for (const rule of fact.unless) if (ruleHolds(rule, concepts)) widest = Math.max(widest, rule.when.length);
  return widest;
}

/**
 * Ranks the facts of the topics the classifier ranked, by its topic probabilities and the concepts the question names;
 * `switched` holds the parties a question centres on (a follow-up turning to one, "and with the company?"; the side whose
 * gains it asks), whose facts then come first, and those about that party alone (not the other side) first of all.
 */
export function rankFacts(
  knowledge: Knowledge,
  topicScores: ReadonlyMap<string, number>,
  concepts: ReadonlySet<string>,
  kinds: ReadonlyMap<string, string>,
  switched: ReadonlySet<string> = new Set(),
): RankedFact[] {
  const askedAspects: string[] = [];
  const askedSituations: string[] = [];
  for (const concept of concepts) {
    const kind = kinds.get(concept);
    if (kind === 'aspect') askedAspects.push(concept);
    else if (kind === 'situation') askedSituations.push(concept);
  }
  const namesAWay = WAYS.some((w) => concepts.has(w));
  const ranked: RankedFact[] = [];
  const index = indexOf(knowledge, kinds);
  const scoreOf = placedScores(index, topicScores);
  for (const profile of candidatesOf(index, topicScores)) {
    const { fact, about } = profile;
    let topic = scoreOf[profile.topic]!;
    for (const other of profile.otherTopics) topic = Math.max(topic, FACT_WEIGHTS.alsoTopic * scoreOf[other]!);
    // Only facts of the topics the classifier ranked are candidates: concepts choose among them, never against it.
    if (topic < MIN_TOPIC_SCORE) continue;
    let aspectHits = 0;
    for (const c of askedAspects) if (about.has(c)) aspectHits++;
    const situationHit = askedSituations.some((c) => about.has(c));
    const situationMiss = askedSituations.length > 0 && profile.situations.length > 0 && !situationHit;
    let parties = 0;
    let switchedHits = 0;
    let sole = false;
    for (const c of profile.parties) {
      if (concepts.has(c)) parties++;
      if (!switched.has(c)) continue;
      switchedHits++;
      const other = SOLE_AGAINST[c];
      sole ||= other !== undefined && !profile.parties.includes(other);
    }
    // A verdict rule that fits the question ("… a bubble tea shop?" → the rule on unrelated businesses) shows relevance.
    // ("will my employment contract stay as it is?" meets a rule of two concepts: a closer fit than a rule of one.)
    const fits = ruleFit(fact, concepts);
    // "a part-time job while keeping my teaching post": a fact on another way of taking part says nothing of this one.
    const otherWay = namesAWay && otherWayOfTakingPart(fact, concepts) !== undefined;
    const score =
      topic +
      (askedAspects.length > 0 ? (FACT_WEIGHTS.aspect * aspectHits) / askedAspects.length : 0) +
      (profile.aspects > 0 ? (FACT_WEIGHTS.specific * aspectHits) / profile.aspects : 0) +
      (situationHit ? FACT_WEIGHTS.situation : 0) -
      (situationMiss ? FACT_WEIGHTS.situationMiss : 0) +
      FACT_WEIGHTS.party * parties +
      (switchedHits > 0 ? FACT_WEIGHTS.switchedParty : 0) +
      (sole ? FACT_WEIGHTS.soleParty : 0) +
      FACT_WEIGHTS.rule * Math.min(fits, MOST_RULE_CONCEPTS) -
      (otherWay ? FACT_WEIGHTS.otherWay : 0);
    ranked.push({ fact, score, aspectHits });
  }
  return ranked.sort((a, b) => b.score - a.score);
}
