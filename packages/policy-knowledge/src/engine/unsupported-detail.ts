import type { Knowledge } from '../knowledge.js';
import type { Fact } from '../schema/fact.js';
import type { ConceptMatcher } from '../understand/concept-matcher.js';
import { stemmedText } from '../classify/stemmed-text.js';

const FIGURE_UNITS = String.raw`(?:percent|per cent|yuan|rmb|hours?|weeks?|days?|months?)(?:'s?)?`;
/** A figure in a question ("1%", "10 hours", "three months' notice"): a detail the guidance rarely gives. */
export const SPECIFIC_FIGURE = new RegExp(
  String.raw`\d+(?:\.\d+)?\s*%|\b\d+\s*\/\s*\d+\b|\b(?:\d+|one|two|three|four|six)\s*${FIGURE_UNITS}\b`,
  'i',
);

const factWords = new WeakMap<Fact, string>();

/**
 * True when a question asks for a detail (an approval, a fee, a figure, a notice period…) that neither the fact nor the
 * clauses it cites mention: the fact does not settle it. A detail the fact does mention ("funeral fees") is no such gap.
 */
export function asksUnsupportedDetail(knowledge: Knowledge, matcher: ConceptMatcher, question: string, fact: Fact): boolean {
  if (fact.states.includes('amount')) return false;
  let words = factWords.get(fact);
  if (words === undefined) {
    words = stemmedText([fact.text, ...fact.clauses.map((id) => knowledge.clauses.get(id)?.text ?? '')].join(' '));
    factWords.set(fact, words);
  }
  const said = words;
  const details = matcher.find(question).filter((m) => m.concept === 'detail');
  return details.some((m) => !said.includes(stemmedText(m.matched))) || SPECIFIC_FIGURE.test(question);
}
