import type { Knowledge } from '../knowledge.js';
import type { Fact, Verdict } from '../schema/fact.js';
import { ruleHolds } from './rule-holds.js';
import type { Audience } from '../schema/topic.js';
import type { ConceptMatcher } from '../understand/concept-matcher.js';
import { askedActor, claimActor, heldBy, opensWithVerb } from '../understand/asked-actor.js';
import { isChinese } from '../understand/chinese-language.js';
import { anyOf } from '../understand/word-pattern.js';
import { rankFacts } from './rank-facts.js';
import { PAST_THE_LIMIT, RULE_BREAKING, decideVerdict, type VerdictDecision } from './verdict.js';

const JOINTS = [
  String.raw`,\s*(?:and\s+|but\s+|while\s+|whereas\s+)?`,
  String.raw`\s+and\s+(?:also\s+)?`,
  // "…her social insurance as well as her injury insurance?": a second claim added to the first.
  String.raw`\s+as well as\s+`,
  String.raw`\s+but\s+`,
  String.raw`\s+whereas\s+`,
  String.raw`\s+[-–—:]\s+`,
  String.raw`;\s*`,
  // Chinese: "社保和工伤险是不是都由学校交", "社保照常在学校交，抚恤也按学校标准吧".
  String.raw`\s*(?:和|以及|[，、；])\s*`,
  String.raw`(?<=\p{Script=Han})\s+(?=\p{Script=Han})`,
];
/** Where a yes/no question joins two claims: "…keep my title review and count my grade…", "…insurance, title reviews…". */
const CLAIM_JOINT = new RegExp(String.raw`\s*${anyOf(JOINTS)}`, 'iu');

/** How many of a claim's best facts may judge it. */
const CLAIM_CANDIDATES = 2;

/** Verdicts that contradict each other: one fact judged yes on one claim and no on another makes the whole partly. */
const OPPOSED: ReadonlySet<Verdict | null> = new Set(['yes', 'no']);

/** A claim that is only a condition: "if i come back early", "once I leave". */
const OPENS_WITH_CONDITION = /^\s*(?:and |so |but )?(?:if|when|once|even if|in case)\b/i;

// A condition opened inside a claim ("…fired if I come back early and…"): the "and" that follows belongs to it.
const CONDITION_INSIDE = /\S\s+(?:if|when|once|unless|in case)\b/i;

/** A message's sentences: each up to its full stop, exclamation or question mark. */
const SENTENCE = /[^.!?]+(?:[.!?]+|$)/g;

/**
 * The sentences of a message that ask ("my cofounder says we need to kill the startup. … will the school punish me for
 * bailing early?" → the last): background told before a question that names what it asks makes no claim of its own.
 */
function askedSentences(message: string, namesAspect: (text: string) => boolean): string {
  const sentences = message.match(SENTENCE) ?? [message];
  const asking = sentences
    .filter((s) => s.trim().endsWith('?'))
    .join(' ')
    .trim();
  // ("…I want to quit entirely. Can he, and can I?": questions naming nothing ask what the background told.)
  return asking.length > 0 && asking !== message.trim() && namesAspect(asking) ? asking : message;
}

/** Most words of a short question judging the case told before it ("is that shady?", "would that be ok?"). */
const JUDGING_WORDS = 6;
const POINTS_AT_TOLD = /\b(?:that|this|it)\b/i;

/**
 * True when a message tells a case and then judges it in a short question pointing at it ("we plan to poach … and hire
 * them after graduation. is that shady?"): the told case is one plan, not several claims.
 */
function judgesToldCase(message: string): boolean {
  const sentences = (message.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
  const last = sentences.at(-1);
  if (last === undefined || sentences.length < 2 || !last.endsWith('?') || sentences.slice(0, -1).some((s) => s.endsWith('?')))
    return false;
  return last.split(/\s+/).length <= JUDGING_WORDS && POINTS_AT_TOLD.test(last);
}

/**
 * The verdict of a yes/no question that makes several claims about different facts ("does the school keep my title
 * review and count my grade in its quota?"): each claim judged on its own fact; all alike → that verdict, else partly.
 * Undefined when the question makes only one claim.
 */
export function compoundVerdict(
  knowledge: Knowledge,
  matcher: ConceptMatcher,
  input: {
    question: string;
    concepts: ReadonlySet<string>;
    topicScores: ReadonlyMap<string, number>;
    /** The topics the classifier reads in one claim alone. */
    topicScoresOf: (claim: string) => ReadonlyMap<string, number>;
    audience: Audience | undefined;
  },
): { decision: VerdictDecision; facts: Fact[] } | undefined {
  // "if i come back early, do i lose my title?": a condition first is no claim of its own, "and"s in it included ("if she
  // returns and there's no slot, could that stop her?").
  const asked = askedSentences(input.question, (text) =>
    matcher.find(text, input.audience).some((m) => matcher.kinds.get(m.concept) === 'aspect'),
  );
  if (asked === input.question && judgesToldCase(input.question)) return undefined;
  const comma = asked.indexOf(',');
  const body = comma > 0 && OPENS_WITH_CONDITION.test(asked) ? asked.slice(comma + 1) : asked;
  const claims = body.split(CLAIM_JOINT).filter((c, i) => c.trim().length > 0 && !(i === 0 && OPENS_WITH_CONDITION.test(c)));
  // "will I be fired if I come back early and there's no post?": the "and" is inside a condition, not a second claim.
  if (claims.length < 2 || claims.slice(0, -1).some((c) => CONDITION_INSIDE.test(c))) return undefined;
  // Only a claim naming an aspect is judged: with fewer than two, no claim is read by the classifier or ranked at all.
  const owns = withSharedTurns(
    claims,
    claims.map((claim) => matcher.find(claim, input.audience).map((m) => m.concept)),
  );
  // "is it shady for my company to scout second-years and hire them after they graduate?", "I teach RFID full time - am I
  // violating the rules by running the company and teaching the same subject?": a question judging a plan judges every
  // step of it at once, not each as a claim of its own.
  if (owns.some((own) => own.includes(RULE_BREAKING))) return undefined;
  const namesAspect = (own: readonly string[]) => own.some((c) => matcher.kinds.get(c) === 'aspect');
  if (owns.filter(namesAspect).length < 2) return undefined;
  // "培训考核照常，但社保要我自己交": who pays out of pocket ("self") belongs to its own claim, not to every one.
  // "can I leave for 5 years to run my startup and still keep my place?": a stay past the limit is every claim's premise.
  const shared = [...input.concepts].filter(
    (c) => c !== 'self' && (matcher.kinds.get(c) === 'situation' || matcher.kinds.get(c) === 'party' || PAST_THE_LIMIT.includes(c)),
  );
  const judged: { fact: Fact; verdict: Verdict | null; turned: boolean }[] = [];
  let doer: string | undefined;
  // "do my insurance, title review and injury insurance all stay with my college?": the holder is every item's.
  // "社保和工伤险是不是都由学校交": a Chinese question names the doer once, after all the items.
  const holder = isChinese(input.question) ? askedActor(input.question, input.audience) : heldBy(input.question);
  for (const [i, claim] of claims.entries()) {
    // "my college keeps my social insurance and pays my injury insurance": the second claim's doer is the first's.
    // "does the company pay my injury insurance and my pension contributions?": a bare item shares the doer too.
    const shares = opensWithVerb(claim) || isBareItem(claim);
    const actor = claimActor(claim, input.audience) ?? (shares ? doer : undefined) ?? (holdsFor(claim) ? holder : undefined);
    doer = actor ?? doer;
    const own = owns[i]!;
    if (!namesAspect(own)) continue;
    const concepts = new Set([...shared, ...own]);
    // "…and pays my work-injury insurance too": a claim's own topic counts as much as the whole question's.
    // A claim is judged on the better of its two best facts that is about what it names: the whole question's topic
    // can put a fact on another aspect first ("培训奖励照常，工伤险也是学校交" → the title-review fact for the first).
    const ranked = rankFacts(knowledge, strongest(input.topicScores, input.topicScoresOf(claim)), concepts, matcher.kinds);
    const best = ranked.slice(0, CLAIM_CANDIDATES).find((r) => r.aspectHits > 0);
    if (!best || best.aspectHits === 0) continue;
    // The claim that only sets the stay past the limit ("leave for 5 years to run my startup") is the premise, not a claim.
    if (own.some((c) => PAST_THE_LIMIT.includes(c)) && !best.fact.unless.some((r) => r.when.some((c) => PAST_THE_LIMIT.includes(c))))
      continue;
    const verdict =
      itemRule(judged, best.fact, own, input.concepts, matcher)?.verdict ??
      decideVerdict(best.fact, 'yes-no', concepts, actor, claim).verdict;
    // "I keep training and rewards, but they stop assessing me?": one fact, one claim right and one wrong.
    const again = judged.find((j) => j.fact === best.fact);
    // Only a turning word ("stop", "lose") in one claim and not the other makes one fact both true and false.
    const turned = best.fact.flipOn.some((c) => own.includes(c));
    if (again && !(OPPOSED.has(again.verdict) && OPPOSED.has(verdict) && again.verdict !== verdict && again.turned !== turned)) continue;
    judged.push({ fact: best.fact, verdict, turned });
  }
  if (judged.length < 2) return undefined;
  const verdicts = new Set(judged.map((j) => j.verdict));
  const verdict: Verdict = verdicts.size === 1 ? (judged[0]!.verdict ?? 'yes') : 'partly';
  const rule = `several claims: ${judged.map((j) => `${j.fact.id} → ${j.verdict}`).join(', ')}`;
  return { decision: { verdict, rule, with: [] }, facts: [...new Set(judged.map((j) => j.fact))] };
}

/**
 * "离岗协议里要写保密和收益分配吗", "does the leave agreement cover confidentiality and how income is split": a claim that
 * names none of what an earlier claim's fact is about is an item of that claim's subject, so the earlier fact's rule on
 * this claim's fact decides it (the income split is not in the leave agreement). "…and the income agreement" names an
 * agreement of its own and is judged alone.
 */
function itemRule(
  judged: readonly { fact: Fact }[],
  fact: Fact,
  own: readonly string[],
  concepts: ReadonlySet<string>,
  matcher: ConceptMatcher,
): Fact['unless'][number] | undefined {
  for (const earlier of judged) {
    const subject = earlier.fact.about.filter((c) => matcher.kinds.get(c) === 'aspect');
    if (subject.some((c) => own.includes(c))) continue;
    // ("do we pay her social insurance and her injury insurance?": a rule naming no aspect of the item, or the earlier
    // claim's, is not the item's.)
    const ofTheItem = (r: Fact['unless'][number]) => {
      const aspects = r.when.filter((c) => matcher.kinds.get(c) === 'aspect');
      return aspects.length > 0 && aspects.every((c) => own.includes(c));
    };
    const rule = earlier.fact.unless.find((r) => r.with.includes(fact.id) && ofTheItem(r) && ruleHolds(r, concepts));
    if (rule) return rule;
  }
  return undefined;
}

/** Most characters of a Chinese item named before its doer ("社保和工伤险是不是都由学校交": "社保"). */
const CHINESE_ITEM_CHARS = 8;

/** True when the holder named after a list is this claim's: any English claim, a short Chinese item. */
function holdsFor(claim: string): boolean {
  return !isChinese(claim) || claim.trim().length <= CHINESE_ITEM_CHARS;
}

/** Auxiliaries and common verbs: a claim without any is a bare item of a list ("my pension contributions"). */
const AUXILIARY = /\b(?:do|does|did|is|are|was|were|be|will|would|can|could|must|should|has|have|had)\b/i;
const VERB = /\b(?:get|gets|keep|keeps|stay|stays|count|counts|pay|pays|go|goes|need|needs)\b/i;
/** Most words of a bare item. */
const BARE_ITEM_WORDS = 6;

/** True for a claim that is only a noun phrase, with no verb of its own ("and my pension contributions"). */
function isBareItem(claim: string): boolean {
  return !isChinese(claim) && !AUXILIARY.test(claim) && !VERB.test(claim) && claim.trim().split(/\s+/).length <= BARE_ITEM_WORDS;
}

/** The words that turn a claim around ("dropped", "refused", "against the rules"): knowledge/concepts.yaml. */
const TURNING: ReadonlySet<string> = new Set(['lose', 'refuse', RULE_BREAKING]);
/** Most words of an item listed before the words said of every item ("are training and rewards dropped…"). */
const LISTED_ITEM_WORDS = 4;

/**
 * Each claim's concepts, a listed item taking the turning words said of every item: in "are training and rewards
 * dropped while I'm away?", training is said to be dropped too; in "does the school stop my training and rewards?",
 * so are the rewards.
 */
function withSharedTurns(claims: readonly string[], owns: readonly string[][]): string[][] {
  const shared = owns.map((own) => [...own]);
  const share = (to: number, from: number) => shared[to]!.push(...shared[from]!.filter((c) => TURNING.has(c) && !shared[to]!.includes(c)));
  for (let i = claims.length - 2; i >= 0; i--) if (isListedItem(claims[i]!)) share(i, i + 1);
  for (let i = 1; i < claims.length; i++) if (isBareItem(claims[i]!)) share(i, i - 1);
  return shared;
}

/** True for a claim that only names an item after its auxiliary ("are training", "is the school's assessment"). */
function isListedItem(claim: string): boolean {
  const item = claim.trim().replace(/^(?:(?:and|so|but|last one)\s+)?(?:is|are|will|would|does|do)\s+/i, '');
  return !isChinese(claim) && !VERB.test(item) && !AUXILIARY.test(item) && item.split(/\s+/).length <= LISTED_ITEM_WORDS;
}

/** Each topic's higher score of two readings. */
function strongest(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const merged = new Map(a);
  for (const [topic, score] of b) merged.set(topic, Math.max(merged.get(topic) ?? 0, score));
  return merged;
}
