import type { Knowledge } from '../knowledge.js';
import type { Decision } from './decide.js';

/** A phrase quoted in a question: 'break through the total employment', "gradually digest it". */
const QUOTED = /['"‘“]([^'"‘’“”]{8,80})['"’”]/g;
/** Fewest words of a quoted phrase looked up in the source (shorter ones say too little to place). */
const MIN_QUOTED_WORDS = 3;
/** How sure an answer placed by a phrase quoted from the source is: as sure as one placed by the conversation. */
const QUOTED_TOPIC_SCORE = 1;

/** Lower case, single spaces, no punctuation: how a quoted phrase and a clause are compared. */
function plain(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9\s-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/**
 * "what does 'break through the total employment' actually mean?": a question its words alone leave declined that
 * quotes a phrase of the source word for word is about the topic of the fact citing the clause it comes from.
 */
export function quotedPhraseTopic(knowledge: Knowledge, declined: Decision, question: string): Decision | undefined {
  if (declined.kind !== 'unknown') return undefined;
  for (const match of question.matchAll(QUOTED)) {
    const phrase = plain(match[1]!);
    if (phrase.trim().split(' ').length < MIN_QUOTED_WORDS) continue;
    const clause = [...knowledge.clauses.values()].find((c) => plain(c.text).includes(phrase));
    const fact = clause && knowledge.facts.find((f) => f.clauses.includes(clause.id));
    if (fact) return { kind: 'answer', intent: fact.topic, confidence: QUOTED_TOPIC_SCORE };
  }
  return undefined;
}
