import type { Fact, Verdict } from '../schema/fact.js';
import { ruleHolds } from './rule-holds.js';
import type { Audience } from '../schema/topic.js';
import type { AnswerTools } from './answer-tools.js';
import type { RankedFact } from './rank-facts.js';
import { asksUnsupportedDetail, namesFigure } from './unsupported-detail.js';
import { askedActor } from '../understand/asked-actor.js';
import { negates } from '../understand/question-shape.js';
import { namesOwnStartUp } from '../understand/own-start-up.js';
import {
  attachedSide,
  CALLED_FALSE,
  claimsAll,
  comparesTheOtherWay,
  comparisonVerdict,
  otherPlace,
  otherRank,
  otherWayOfTakingPart,
  takeOppositeSides,
  WAYS,
  type VerdictDecision,
} from './verdict.js';

// How a question is compared with the facts' example questions: to rank the leading facts, and to take the verdict of
// a close example.

const SWAPPED: Partial<Record<Verdict, Verdict>> = { yes: 'no', no: 'yes' };

/** Facts, best ranked first, whose example questions a yes/no question is compared with. */
export const EXAMPLE_CANDIDATES = 6;

/** A question asking for a number: "how many days a week…", "how much…", "how long…". */
const ASKS_A_NUMBER = /\bhow (?:many|much|long|often)\b/i;

/** How much the closeness of a fact's example questions counts when ranking the leading facts. */
const EXAMPLE_WEIGHT = 0.8;

/** How alike (cosine) a question and an example are when they are the same question in all but a word or two. */
const SAME_QUESTION = 0.95;

/** How alike (cosine) a question and an example must be for the example's verdict to be trusted over the rules. */
const EXAMPLE_TRUST = 0.5;

/** Concepts of the kind of business a question asks the guidance to cover ("a bubble tea shop", "no tech in it"). */
const KIND_OF_BUSINESS = ['unrelated', 'non-technical'];

/**
 * The verdict of a yes/no question that closely matches one of the candidate facts' example questions: that
 * example's fact and verdict, with the facts its rule shows beside it; `conversation` holds the concepts read with the
 * conversation's earlier questions.
 */
export function closeExample(
  tools: AnswerTools,
  question: string,
  ranked: readonly RankedFact[],
  audience: Audience | undefined,
  conversation: ReadonlySet<string> = new Set(),
): { decision: VerdictDecision; facts: Fact[] } | undefined {
  const candidates = new Set(ranked.slice(0, EXAMPLE_CANDIDATES).map((r) => r.fact));
  // "…there is no binding support?" is another claim than "…clear, binding support?", "are all the programmes…" than
  // "are hotel programmes mostly…": only examples negated, and claiming all, as the question is are compared.
  const match = tools.asks.closest(question, candidates, claimShape);
  if (!match || match.similarity < EXAMPLE_TRUST) return undefined;
  // "is a training base easy to set up?" is one claim of "…easy to set up and get real value from?": what makes that
  // example partly is the claim the question leaves out.
  if (match.verdict === 'partly' && JOINS_CLAIMS.test(match.example) && !JOINS_CLAIMS.test(question)) return undefined;
  // "is it a crime to work part time…" is close to "can I work part-time…": a turning word only one of them has swaps the verdict.
  const named = (text: string) => new Set(tools.concepts.find(text).map((m) => m.concept));
  const asked = named(question);
  const example = named(match.example);
  // "…the benefit for companies like ours…" is not "…the school is the one that gets…": another party, another claim.
  if (swapsParty(example, new Set(tools.concepts.find(question, audience).map((m) => m.concept)))) return undefined;
  // "do companies like ours gain a stable source…?" is not "…the school is the one that gets a stable source…?" either,
  // though both name the two sides: an example singling out one side claims it of the side it puts first.
  const firstOf = (text: string, who?: Audience) =>
    tools.concepts.find(text, who).find((m) => (CLAIM_PARTIES as readonly string[]).includes(m.concept))?.concept;
  const [askedFirst, exampleFirst] = [firstOf(question, audience), firstOf(match.example)];
  if (FOCUSED_PARTY.test(match.example) && askedFirst !== undefined && exampleFirst !== undefined && askedFirst !== exampleFirst)
    return undefined;
  // "do we pay his social insurance?" is not "do we have to pay his injury insurance?": each names an aspect the other
  // does not, so they ask of different things.
  const aspectOnly = (one: ReadonlySet<string>, other: ReadonlySet<string>) =>
    [...one].some((c) => tools.concepts.kinds.get(c) === 'aspect' && !other.has(c));
  if (aspectOnly(asked, example) && aspectOnly(example, asked)) return undefined;
  // "is the college on the hook for his injury insurance?" is not "do we have to pay his injury insurance?": another doer.
  // (An example saying "we" speaks for an enterprise, whoever asks now: "do we have to sign anything with the school?")
  const exampleVoice = WE.test(match.example) ? 'enterprise' : audience;
  const [askedDoer, exampleDoer] = [askedActor(question, audience), askedActor(match.example, exampleVoice)];
  if (askedDoer !== undefined && exampleDoer !== undefined && askedDoer !== exampleDoer) return undefined;
  // "if I only work part-time, does the company pay my injury insurance?" of a fact on leaving the post: the example,
  // asked of that fact's way of taking part, says nothing of another way.
  // ("the company would be a bubble tea shop" after a start-up in post: the way the conversation is about counts too.)
  if (otherWayOfTakingPart(match.fact, asked) !== undefined || otherWayOfTakingPart(match.fact, conversation) !== undefined)
    return undefined;
  // "can I take a part-time job while still teaching?" is not "can I start a company while still teaching?": a way only
  // the question names, which is not the example's fact's way, makes another claim.
  const waysOnlyAsked = new Set(WAYS.filter((w) => asked.has(w) && !example.has(w)));
  // ("…skip the part-time thing and just start my own company…" asks of a start-up all the same.)
  const startsOne = asked.has('start-business') || namesOwnStartUp(question);
  if (!startsOne && waysOnlyAsked.size > 0 && otherWayOfTakingPart(match.fact, waysOnlyAsked) !== undefined) return undefined;
  // "does the guidance cover a bubble tea shop?" is not "can I leave my post to open a bubble tea shop?": the example asks
  // of one way of taking part, the question (and its conversation) of none.
  const askedNoWay = !WAYS.some((w) => asked.has(w) || conversation.has(w));
  if (askedNoWay && KIND_OF_BUSINESS.some((c) => asked.has(c)) && WAYS.some((w) => example.has(w))) return undefined;
  // "can the college force me to come back early?" is not "can I come back early?": being made to do what is only
  // allowed is another claim.
  if (match.fact.modality === 'permission' && asked.has('obliged') !== example.has('obliged')) return undefined;
  // "do we have to pay his injury insurance?" is not "is paying it optional for us?": whether one may choose is the
  // opposite claim of whether one must.
  if (asked.has('optional') !== example.has('optional')) return undefined;
  // "…terminate my contract…" is not "…face a lawsuit if I terminate my contract…": a detail only the example asks about
  // is what its "not stated" is about.
  if (match.verdict === 'not-stated' && example.has('detail') && !asked.has('detail')) return undefined;
  // "am I allowed to do part-time work at a company?" is not "how many days a week am I allowed to…": a number only the
  // example asks for is what its "not stated" is about.
  if (match.verdict === 'not-stated' && ASKS_A_NUMBER.test(match.example) && !ASKS_A_NUMBER.test(question)) return undefined;
  // "…from Shenzhen University?" is another claim than "…at Shaoguan University?": a place only one of them gets wrong.
  if (otherPlace(question, match.fact.text) !== otherPlace(match.example, match.fact.text)) return undefined;
  // "…a first prize?" is another claim than "…a second prize?": a rank only one of them gets wrong.
  if (otherRank(question, match.fact.text) !== otherRank(match.example, match.fact.text)) return undefined;
  // "hard to build but easy to make effective?": what the fact says of each side decides, not a close example.
  if (attachedSide(question, match.fact.text) !== undefined) return undefined;
  // "…only about 30% fail…" is another claim than "…most fail…": a figure only one of them gives changes it.
  if (figuresOf(match.example) !== figuresOf(question)) return undefined;
  // "…if we're in the same field" is not "…in a totally different field": a verdict rule only one of them meets changes it.
  // ("are we on the hook for his social insurance too?" is asked by an enterprise: its "we" is the enterprise's.)
  const ruleOf = (concepts: ReadonlySet<string>) => match.fact.unless.find((r) => ruleHolds(r, concepts));
  const voiced = (text: string, who: Audience | undefined) => new Set(tools.concepts.find(text, who).map((m) => m.concept));
  if (ruleOf(voiced(question, audience)) !== ruleOf(voiced(match.example, exampleVoice))) return undefined;
  // Turning words name one worry however many of them a question piles up ("will I get fired… career suicide"): a
  // question turns an example only when one of them names any and the other none.
  const turns = (concepts: ReadonlySet<string>) => (match.fact.flipOn.some((c) => concepts.has(c)) ? 1 : 0);
  // "is hiring on the market cheaper…" against "…much more expensive…": opposite wordings swap the verdict too, unless a
  // turning word the fact names already tells them apart ("easy to line up?" against "hard to line up?" of `flipOn: [hard]`).
  const oppositeWords = takeOppositeSides(question, match.example) || comparesTheOtherWay(question, match.example);
  const opposite = oppositeWords && turns(asked) === turns(example) ? 1 : 0;
  const swapped = (turns(asked) + turns(example) + opposite) % 2 === 1 ? SWAPPED[match.verdict] : undefined;
  // A detail the example does not ask about ("…reduced teaching hours?") is one the fact does not settle.
  const detail =
    asksUnsupportedDetail(tools.knowledge, tools.concepts, question, match.fact) && !example.has('detail') && !namesFigure(match.example);
  const verdict = detail ? 'not-stated' : (swapped ?? match.verdict);
  const withIds = match.fact.unless.find((r) => r.verdict === verdict && r.with.length > 0)?.with ?? [];
  const extra = withIds.flatMap((id) => tools.knowledge.factById.get(id) ?? []);
  const adjustment = detail ? ', but it asks for a detail → not-stated' : swapped ? `, turned around → ${swapped}` : '';
  const rule = `like the example "${match.example}" (${match.similarity.toFixed(2)}) → ${match.verdict}${adjustment}`;
  // The question is the example, word for word (or nearly): its verdict is not second-guessed.
  const same = match.similarity >= SAME_QUESTION && !swapped && !detail;
  // "is hiring on the market cheaper than co-training?": a comparison whose sides are named is read off its words.
  const compared = !detail && comparisonVerdict(question, match.fact.text) === verdict;
  const firm = (opposite === 1 && !detail) || same || compared ? { firm: true as const } : {};
  // "is it fake news that…" of an example asked the same way: the example's verdict answers it as framed.
  const asAsked = CALLED_FALSE.test(question) && CALLED_FALSE.test(match.example) ? { asAsked: true as const } : {};
  // "am I committing fraud by staying in the college's social insurance?" turned by its own negating word: the learned
  // model needs to be as sure to overrule it as it does a rule's turn.
  const turnedBy = swapped && !detail ? match.fact.flipOn.find((c) => asked.has(c) && !example.has(c)) : undefined;
  const turn = turnedBy === undefined ? {} : { turnedBy };
  return {
    decision: { verdict, rule, with: [], ...firm, ...asAsked, ...turn, exampleSimilarity: match.similarity },
    facts: [match.fact, ...extra],
  };
}

/**
 * The facts re-ranked with how alike the question is to each leading fact's example questions: what the concepts
 * cannot tell apart ("are there laws that clarify both sides' rights?" among four facts of one topic), the examples can.
 */
export function byExamples(tools: AnswerTools, question: string, ranked: RankedFact[]): RankedFact[] {
  const leading = ranked.slice(0, EXAMPLE_CANDIDATES);
  if (leading.length < 2) return ranked;
  const similarities = tools.asks.similarities(
    question,
    leading.map((r) => r.fact),
  );
  const rescored = leading.map((r, i) => ({ ...r, score: r.score + EXAMPLE_WEIGHT * similarities[i]! }));
  return [...rescored.sort((a, b) => b.score - a.score), ...ranked.slice(EXAMPLE_CANDIDATES)];
}

/** "we", "us", "our": the words of an enterprise speaking of itself. */
const WE = /\b(?:we|us|our)\b/i;

/** Words joining two claims in one question ("…easy to set up and get real value from?"). */
const JOINS_CLAIMS = /\b(?:and|but|both|as well as|while)\b/i;

/**
 * A question's shape: whether it negates what it asks about, whether it claims it of all, and the students' school years
 * it names ("…set up the project group in the first year?" is another claim than "…in the third year?" or than leaving
 * the year out).
 */
function claimShape(text: string): string {
  return `${negates(text) ? 'not' : ''}|${claimsAll(text) ? 'all' : ''}|${schoolYearsNamed(text)}`;
}

/** A students' school year as a rank or a number: "first year", "3rd grade", "final-year", "year two", "freshmen". */
const SCHOOL_YEAR =
  /\b(?:(first|second|third|final|1st|2nd|3rd)[- ](?:years?|grades?)\b|(?:year|grade) (one|two|three|1|2|3)\b|(freshm[ae]n|sophomores?))/gi;
/** The words of each school year. */
const YEAR_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['1', ['first', '1st', 'one', '1', 'freshman', 'freshmen']],
  ['2', ['second', '2nd', 'two', '2', 'sophomore', 'sophomores']],
  ['3', ['third', '3rd', 'three', '3']],
  ['final', ['final']],
];
const YEAR_NUMBER = new Map(YEAR_WORDS.flatMap(([year, words]) => words.map((word) => [word, year] as const)));

/** The students' school years a text names, sorted and without repeats ("first year … third grade" → "1 3"). */
function schoolYearsNamed(text: string): string {
  const years = [...text.matchAll(SCHOOL_YEAR)].map((m) => YEAR_NUMBER.get((m[1] ?? m[2] ?? m[3])!.toLowerCase()));
  return [...new Set(years)].sort().join(' ');
}

/** The numbers a text gives, in order ("30%" → "30"). */
function figuresOf(text: string): string {
  return (text.match(/\d+(?:\.\d+)?/g) ?? []).join(' ');
}

/** The parties a claim can be about: an example naming one the question does not, while the question names another, swaps them. */
const CLAIM_PARTIES = ['teacher', 'school', 'enterprise', 'student'] as const;
/** "the school is the one that gets…", "it's the company that pays…": a claim singling out one side. */
const FOCUSED_PARTY = /\b(?:is|are) the ones? (?:that|who)\b|\bit(?:'s| is) the \w+ (?:that|who)\b/i;

function swapsParty(example: ReadonlySet<string>, asked: ReadonlySet<string>): boolean {
  const onlyExample = CLAIM_PARTIES.some((p) => example.has(p) && !asked.has(p));
  const onlyAsked = CLAIM_PARTIES.some((p) => asked.has(p) && !example.has(p));
  return onlyExample && onlyAsked;
}
