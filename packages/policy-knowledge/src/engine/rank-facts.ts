import type { Knowledge } from '../knowledge.js';
import type { Fact } from '../schema/fact.js';

/** A fact with how well it fits a question. */
export interface RankedFact {
  fact: Fact;
  score: number;
  /** How many of the question's aspects the fact is about. */
  aspectHits: number;
}

/** Weights of the evidence a fact is ranked by; the topic probability counts 1. */
export const FACT_WEIGHTS = { aspect: 0.45, specific: 0.1, situation: 0.08, situationMiss: 0.08, party: 0.03, alsoTopic: 0.6, rule: 0.1 } as const;

/** A fact whose topics the classifier gives less than this is not a candidate. */
export const MIN_TOPIC_SCORE = 0.02;

/** Ranks every fact by the classifier's topic probabilities and the concepts the question names. */
export function rankFacts(
  knowledge: Knowledge,
  topicScores: ReadonlyMap<string, number>,
  concepts: ReadonlySet<string>,
  kinds: ReadonlyMap<string, string>,
): RankedFact[] {
  const asked = { aspect: [] as string[], situation: [] as string[] };
  for (const concept of concepts) {
    const kind = kinds.get(concept);
    if (kind === 'aspect' || kind === 'situation') asked[kind].push(concept);
  }
  const ranked = knowledge.facts.flatMap((fact) => {
    let topic = topicScores.get(fact.topic) ?? 0;
    for (const other of fact.topics) topic = Math.max(topic, FACT_WEIGHTS.alsoTopic * (topicScores.get(other) ?? 0));
    // Only facts of the topics the classifier ranked are candidates: concepts choose among them, never against it.
    if (topic < MIN_TOPIC_SCORE) return [];
    const about = new Set(fact.about);
    const aspectHits = asked.aspect.filter((c) => about.has(c)).length;
    const factAspects = fact.about.filter((c) => kinds.get(c) === 'aspect').length;
    const situations = fact.about.filter((c) => kinds.get(c) === 'situation');
    const situationHit = asked.situation.some((c) => about.has(c));
    const situationMiss = asked.situation.length > 0 && situations.length > 0 && !situationHit;
    const parties = fact.about.filter((c) => kinds.get(c) === 'party' && concepts.has(c)).length;
    // A verdict rule that fits the question ("… a bubble tea shop?" → the rule on unrelated businesses) shows relevance.
    const ruleFits = fact.unless.some((r) => r.when.every((c) => concepts.has(c)));
    const score =
      topic +
      (asked.aspect.length > 0 ? (FACT_WEIGHTS.aspect * aspectHits) / asked.aspect.length : 0) +
      (factAspects > 0 ? (FACT_WEIGHTS.specific * aspectHits) / factAspects : 0) +
      (situationHit ? FACT_WEIGHTS.situation : 0) -
      (situationMiss ? FACT_WEIGHTS.situationMiss : 0) +
      FACT_WEIGHTS.party * parties +
      (ruleFits ? FACT_WEIGHTS.rule : 0);
    return [{ fact, score, aspectHits }];
  });
  return ranked.sort((a, b) => b.score - a.score);
}
