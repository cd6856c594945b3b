import type { Knowledge } from '../knowledge.js';
import type { Fact } from '../schema/fact.js';
import type { ConceptMatcher } from '../understand/concept-matcher.js';
import { stemmedText } from '../classify/stemmed-text.js';

const FIGURE_UNITS = String.raw`(?:percent|per cent|yuan|rmb|hours?|weeks?|days?|months?)(?:'s?)?`;
/** A figure in a question ("1%", "10 hours", "three months' notice"): a detail the guidance rarely gives. */
const SPECIFIC_FIGURE = new RegExp(
  String.raw`\d+(?:\.\d+)?\s*%|\b\d+\s*\/\s*\d+\b|\b(?:\d+|one|two|three|four|six)\s*${FIGURE_UNITS}\b`,
  'i',
);

/** The same in Chinese: a share ("三成", "五五开", "百分之十"), a percentage or a sum of money ("五千块"). */
const CHINESE_FIGURE =
  /[一二三四五六七八九十两几\d]成|[一二三四五六七八九几]{2}开|百分之|[\d一二三四五六七八九十两几百千万]+(?:元|块钱|块|万元)/u;

/** True when a question names a specific figure (in English or Chinese): a detail the guidance rarely gives. */
export function namesFigure(question: string): boolean {
  return SPECIFIC_FIGURE.test(question) || CHINESE_FIGURE.test(question);
}

const factWords = new WeakMap<Fact, string>();

/** The stems of a fact's text and of the clauses it cites, padded so whole phrases can be found. */
function wordsOfFact(knowledge: Knowledge, fact: Fact): string {
  let words = factWords.get(fact);
  if (words === undefined) {
    words = stemmedText([fact.text, ...fact.clauses.map((id) => knowledge.clauses.get(id)?.text ?? '')].join(' '));
    factWords.set(fact, words);
  }
  return words;
}

/**
 * True when a question asks for a detail (an approval, a fee, a figure, a notice period…) that neither the fact nor the
 * clauses it cites mention: the fact does not settle it. A detail the fact does mention ("funeral fees") is no such gap.
 */
export function asksUnsupportedDetail(knowledge: Knowledge, matcher: ConceptMatcher, question: string, fact: Fact): boolean {
  if (fact.states.includes('amount')) return false;
  const said = wordsOfFact(knowledge, fact);
  const details = matcher.find(question).filter((m) => m.concept === 'detail');
  return details.some((m) => !said.includes(stemmedText(m.matched))) || (namesFigure(question) && !withinTheLeave(question, fact));
}

/** Money or a stake someone might hope to be given: a grant, a loan, a tax break, equity, compensation… */
const TAX_BENEFIT = String.raw`tax (?:breaks?|reliefs?|exemptions?|deductions?|incentives?|credits?)`;
const BENEFIT = new RegExp(
  String.raw`\b(?:grants?|subsid(?:y|ies|ised|ized)|loans?|bonus(?:es)?|stipends?|${TAX_BENEFIT}|equity|compensation|dividends?)\b`,
  'gi',
);

/**
 * True when a question asks about a benefit (a grant, a loan, a tax break, equity…) that neither the fact nor the
 * clauses it cites mention: a "yes" to it would be a rule the source never made.
 */
export function asksUnmentionedBenefit(knowledge: Knowledge, question: string, fact: Fact): boolean {
  const benefits = question.match(BENEFIT);
  if (benefits === null) return false;
  const said = wordsOfFact(knowledge, fact);
  return benefits.some((benefit) => !said.includes(stemmedText(benefit)));
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, six: 6 };
/** A span of months the question names ("after 18 months", "for six months", "six months ago"), and any other figure. */
const MONTHS = String.raw`(?:about |only |just )?(\d+|one|two|three|four|six) months?`;
const SPAN_OF_MONTHS = new RegExp(String.raw`^(?:(?:after|for|within|in) ${MONTHS}|${MONTHS} ago)$`, 'i');
const FIGURES = new RegExp(
  String.raw`(?:\b(?:after|for|within|in) (?:about |only |just )?)?(?:${SPECIFIC_FIGURE.source})(?:\s+ago\b)?`,
  'gi',
);
/** Most months of a leave: the guidance's three years. */
const LEAVE_MONTHS = 36;

/** True when every figure a question names is a span of months inside the three-year leave a leave fact speaks of. */
function withinTheLeave(question: string, fact: Fact): boolean {
  if (!fact.about.includes('leave')) return false;
  return [...question.matchAll(FIGURES)].every((figure) => {
    const span = SPAN_OF_MONTHS.exec(figure[0]);
    const count = span?.[1] ?? span?.[2];
    const months = count === undefined ? Number.NaN : (NUMBER_WORDS[count.toLowerCase()] ?? Number(count));
    return months > 0 && months <= LEAVE_MONTHS;
  });
}

/** Asking whether someone pays someone ("do we pay the students?", "does the college have to pay him"), not "pays off". */
const PAYER = String.raw`(?:we|they|you|i|he|she|the (?:school|college|company|enterprise|firm|startup|start-up))`;
const ASKS_PAYING = new RegExp(
  String.raw`\b(?:do|does|did|will|would|should|must)\s+${PAYER}\s+(?:have to\s+|need to\s+)?pay\b(?!\s+off\b)`,
  'i',
);
/** How a fact or its clauses speak of money changing hands: pay, fees, salary, insurance, income, costs… */
const MONEY_STEMS = [
  'pay',
  'paid',
  'fee',
  'salary',
  'wage',
  'insurance',
  'income',
  'cost',
  'fund',
  'financial',
  'invest',
  'profit',
  'money',
].map((word) => stemmedText(word).trim());

/**
 * True when a question asks whether someone pays and neither the fact nor the clauses it cites speak of money at all:
 * a "yes" from it would be a payment the source never made.
 */
export function asksUnmentionedPayment(knowledge: Knowledge, question: string, fact: Fact): boolean {
  if (!ASKS_PAYING.test(question)) return false;
  const said = wordsOfFact(knowledge, fact);
  return !MONEY_STEMS.some((stem) => said.includes(stem));
}
