import { stem } from '../classify/stem.js';
import { tokenize } from '../classify/tokenize.js';
import { isFieldConcept } from '../understand/field-match.js';
import { anyOf } from '../understand/word-pattern.js';
import type { Fact, Verdict, VerdictRule } from '../schema/fact.js';
import { ruleHolds } from './rule-holds.js';
import type { QuestionType } from '../understand/question-type.js';

/**
 * Turning words that may also state a fact's own negative ("is the lack of laws blamed…?"): the learned model may overrule
 * a turn by them (the schema's default `flipOn` and the negations some facts add).
 */
const NEGATING_FLIPS: ReadonlySet<string> = new Set(['lose', 'refuse', 'prohibited', 'lack', 'fail', 'hard']);

/** A question about who decides something, or on what basis ("who sets my pay?", "on what basis?"). */
const ASKS_WHO_DECIDES = /\b(?:decid(?:e|es|ed|ing)|determin(?:e|es|ed|ing)|sets?|basis|based on)\b/i;

/** "when do conflicts tend to arise?", "when does cooperation usually go wrong?": a "when" of circumstances, not a date. */
const HOW_OFTEN = ['tends?', 'usually', 'typically', 'often'];
const WHAT_HAPPENS = ['arises?', 'happens?', 'occurs?', 'break(?:s)? out', 'blows? up', 'go(?:es)? wrong', 'fall(?:s)? apart'];
const HOW_THINGS_GO = [...HOW_OFTEN, ...WHAT_HAPPENS].join('|');
const ASKS_CIRCUMSTANCES = new RegExp(String.raw`\bwhen (?:do|does|did|would|will|can|might)\b[^?]{0,60}\b(?:${HOW_THINGS_GO})\b`, 'i');

/** A verdict with the rule that produced it and the facts that explain it. */
export interface VerdictDecision {
  verdict: Verdict | null;
  rule: string;
  with: string[];
  /**
   * True when the question itself states what the fact states ("does the paper say there is no binding support?"): left
   * out of the model's reading, the only rule the model was never found to beat (docs/evaluation.md).
   */
  firm?: true;
  /** The negating word that turned the fact's verdict around ("lose", "prohibited"), when one did. */
  turnedBy?: string;
  /** True when the verdict already answers the question as framed ("is it fake news that…"): it is not turned round again. */
  asAsked?: true;
  /** How close the example question that gave the verdict is to the question (0–1), when one did. */
  exampleSimilarity?: number;
}

/**
 * "does the paper say who…", "does the guidance specify whose…": a question asking whether the source names a party (an
 * agreement that settles who owns what is another matter).
 */
const SAYS_WHO = new RegExp(
  String.raw`\b(?:paper|guidance|policy|document|ministry|rules|source)\s+(?:actually\s+|even\s+)?` +
    String.raw`(?:say|specify|state|settle|decide|mention|spell out|tell (?:me|us))\s+(?:who|whom|whose)\b`,
  'i',
);
/** "do we get to decide who owns…", "can I choose who keeps…": whether the asker settles what is owned. */
const DECIDES_WHO = /\b(?:we|i)\s+(?:\w+\s+){0,2}(?:decide|choose|determine|pick)\s+who\b/i;

/** "is it fake news that…", "is it a myth that…": the claim after it is asked about the other way round. */
export const CALLED_FALSE =
  /^\s*(?:so\s+)?is it (?:just )?(?:fake news|a myth|a lie|false|untrue|a rumou?r|nonsense|wrong)(?: to say)? that\s+/i;

const SWAP: Partial<Record<Verdict, Verdict>> = { yes: 'no', no: 'yes' };
/** The concept of asking whether something breaks the rules ("is it cheating…?", "am I breaking a rule…?"). */
export const RULE_BREAKING = 'prohibited';
/** What `kb explain` adds when the fact stated is then feared to break the rules. */
const FEARED_ANYWAY = ', and fears it breaks the rules';
/** Acts two parties do together: asking whether one of them does it is not asking about the wrong party. */
const BILATERAL = ['sign', 'terminate'];
/** Concepts that name a party who can do something; a rule naming one is about that party doing it. */
const DOERS: ReadonlySet<string> = new Set(['teacher', 'school', 'enterprise']);
/** Words by which a question claims something of all, always or only ("is every enterprise…", "kept indefinitely"). */
const CLAIMS_ALL =
  /\b(?:every(?:one|body|thing)?|all (?:the |of |three |kinds )?\w+|whatever|always|indefinitely|forever|permanently|only)\b/i;
/**
 * Emphasis, or the others, not a claim of all: "at all", "go all in", "if it's only a one-off project" (only = just), "if
 * it all goes badly", "after all", "first of all", "fewer spots for everyone else".
 */
const EMPHASIS_ONLY = new RegExp(
  [
    String.raw`\bat all\b`,
    String.raw`\ball (?:in|out|along|right)\b`,
    String.raw`\b(?:it|this|that) all\b`,
    String.raw`\b(?:after|above|first of) all\b`,
    String.raw`\b(?:it's|it is|that's|that is|is|was)\s+only\s+(?:a|an|one)\b`,
    String.raw`\bevery(?:one|body) else\b`,
  ].join('|'),
  'gi',
);
/** True when a question claims something of all, always or only, beyond mere emphasis. */
export function claimsAll(question: string): boolean {
  return CLAIMS_ALL.test(question.replace(EMPHASIS_ONLY, '')) || CHINESE_CLAIMS_ALL.test(question);
}
/** The same in Chinese: "只要…就行", "不用满足什么条件", "永远", "不管…都". */
const CHINESE_CLAIMS_ALL = /只要|只需|只用|全都|永远|无论|不管|任何|不用满足|什么都|一律/u;

// "does the paper say there is no…", "so companies lack…, right?": a question that itself claims something is absent.
const CLAIMING = String.raw`\b(?:say|says|said|claim|claims|think|thinks|argue|argues|that|so|true|because|since)\b`;
const ABSENT = String.raw`\b(?:there(?:'s| is| are) no|no|not|(?:do|does|did|are|is|were|was)n't|lacks?|lacking|without|never)\b`;
const NEGATIVE_CLAIM = new RegExp(`${CLAIMING}.{0,40}${ABSENT}`, 'i');
// "is it true companies couldn't hire part-time teachers in the past?": the truth of a negative claim asked outright.
const CANNOT = String.raw`\b(?:cannot|can't|couldn't|wouldn't|(?:do|does|did|are|is|were|was)n't|not|never)\b`;
const TRUTH_OF_NEGATIVE = new RegExp(
  String.raw`\b(?:is it true|true that|(?:paper|guidance) (?:say|says|claim|claims))\b.{0,40}${CANNOT}`,
  'i',
);

/** True when a question claims a negative ("does the paper say there's no binding money…"), not "… or not". */
function claimsNegative(question: string): boolean {
  return NEGATIVE_CLAIM.test(question.replace(/\b(?:or not|yes or no)\b/gi, ''));
}

/** Words by which a question claims something holds with no condition: any field, whatever it does, whenever one likes. */
const UNRESTRICTED = new RegExp(
  String.raw`\b(?:whatever|whichever|regardless|no matter (?:what|which|how|where)|automatically|(?:doesn't|does not|don't) matter|` +
    String.raw`whenever (?:\w+ )?(?:likes?|wants?|wish(?:es)?|pleases?|chooses?)|anything (?:\w+ )?(?:likes?|wants?)|` +
    String.raw`any (?:kind|sort|type) of|any (?:company|business|firm|enterprise|field|industry|sector|teacher|major|project|job))\b`,
  'i',
);
/** True when a question claims something holds whatever the circumstances ("can it be in whatever field I want?"). */
export function claimsNoCondition(question: string): boolean {
  return UNRESTRICTED.test(question);
}
/** Words by which a fact sets a condition: "as long as", "must", "should be similar", "related to". */
const CONDITIONAL = /\b(?:as long as|must|should|only if|provided|related to|similar to|competent)\b/i;

/** "only benefits the teachers", "good just for schools": a claim that one side alone has something ("…, or just schools?" asks which). */
const SIDES = ['teachers?', 'schools?', 'colleges?', 'enterprises?', 'compan(?:y|ies)', 'firms?', 'students?'];
const ONLY_ONE_SIDE = new RegExp(String.raw`(?<!\bor\s)\b(?:only|just|solely|purely)\s+(?:\w+\s+){0,2}(?:the\s+)?${anyOf(SIDES)}\b`, 'i');
/** Words by which a fact says every side shares something: mutually beneficial, all parties, both sides. */
const SHARED = /\bmutual(?:ly)?\b|\ball (?:the )?parties\b|\bboth sides\b|\bwin-win\b|\b(?:each other|one another)\b/i;

/** The sides of an agreement, each with the words naming it in a question and in a fact. */
const AGREEING_SIDES: [string, RegExp][] = [
  ['the teacher', /\b(?:me|i|him|her|the teacher|teachers?|lecturers?)\b/i],
  ['the school', /\b(?:school|college|university)\b/i],
  ['the enterprise', /\b(?:us|enterprises?|compan(?:y|ies)|firms?|start-?up|employer)\b/i],
];
const ONLY_BETWEEN = /\b(?:only|just|solely|purely)\s+between\s+([^,?;]+)/i;
const OFFERED_AS_CHOICE = /\bor\b[^?]*\b(?:only|just|solely|purely)\s+between\b/i;

/** The side a fact names that a question's "only between A and B" leaves out, if any. */
function sideLeftOut(question: string, factText: string): string | undefined {
  const between = ONLY_BETWEEN.exec(question)?.[1];
  // ("…with us, or is it just between him and them?" offers it as the other choice.)
  if (between === undefined || OFFERED_AS_CHOICE.test(question)) return undefined;
  return AGREEING_SIDES.find(([, words]) => !words.test(between) && words.test(factText))?.[0];
}

/**
 * "just one course", "only be used in one class", "only my own course": a claim that something stays with one thing
 * ("used beyond just one course" claims the opposite).
 */
const ONLY_WORD =
  String.raw`(?<!\b(?:beyond|than|outside|past|not)\s+)` +
  String.raw`\b(?:just|only|solely|limited to|restricted to|confined to)\s+(?:\w+\s+){0,3}?`;
const ONE = String.raw`(?:one|a single|the one|my own|his own|her own|their own)\s+(\w+)(?:\s+(\w+))?`;
const JUST_ONE = new RegExp(ONLY_WORD + ONE, 'gi');
/** "many related courses", "various courses", "several majors": a fact speaking of many of something. */
const MANY_OF = /\b(?:many|various|several|multiple|numerous)\s+(?:related\s+|different\s+)?(\w+)/gi;

/** The thing a question claims one of where the fact speaks of many ("course" of "just one course" against "many courses"). */
function oneOfMany(question: string, factText: string): string | undefined {
  const many = new Set([...factText.matchAll(MANY_OF)].map((m) => stem(m[1]!.toLowerCase())));
  const claimed = [...question.matchAll(JUST_ONE)].flatMap((m) => [m[1]!, m[2] ?? ''].filter(Boolean));
  return claimed.find((word) => many.has(stem(word.toLowerCase())));
}

/** "only", "solely": a question claiming something holds of one thing alone. */
const CLAIMS_ONLY = /\b(?:only|solely|exclusively)\b/i;
/** "…use it too, or is it only for teachers?": the other choice a question offers, whose "only" it does not claim. */
const OTHER_CHOICE_TAIL = /,?\s+or\s+(?:is|are|was|does|do|will|would)\s+(?:it|this|that|they)\b[^?]*\??\s*$/i;
/** "mainly", "mostly": a fact saying something holds chiefly, not alone. */
const MAINLY = /\b(?:mainly|mostly|chiefly|primarily|largely)\b/i;

/** Words by which a fact itself speaks of all or every one. */
const UNIVERSAL = /\b(?:all|every|each|any|whole|entire)\b/i;
/** A rule's concepts as `kb explain` shows them: "enterprise + insurance, not injury-insurance". */
function ruleName(rule: VerdictRule): string {
  return `${rule.when.join(' + ')}${rule.without.length > 0 ? `, not ${rule.without.join(' or ')}` : ''}`;
}

/** "is there a figure…?", "does the paper give any numbers…?": whether a figure is given, not what it is. */
const GIVES = String.raw`is there|are there|does (?:it|the paper|the guidance) (?:give|have|cite|quote|mention|offer)`;
const ASKS_FOR_A_FIGURE = new RegExp(String.raw`\b(?:${GIVES})\b[^?]{0,30}\b(?:figures?|numbers?|statistics?|stats?|percentages?)\b`, 'i');

/** The three ways of taking part: what the guidance says of one, it does not say of another. */
export const WAYS = ['part-time', 'in-post', 'leave'] as const;

/** The ways the fact and the question speak of, when they are different ones ("part-time" asked, "leave" stated). */
export function otherWayOfTakingPart(fact: Fact, concepts: ReadonlySet<string>): { fact: string; question: string } | undefined {
  const factWays = WAYS.filter((w) => fact.about.includes(w));
  // "start a company on the side" while keeping the job is a start-up in post, not part-time work.
  const inPostStartUp = concepts.has('start-business') && concepts.has('part-time') && !concepts.has('leave');
  const askedWays = WAYS.filter((w) => concepts.has(w) || (w === 'in-post' && inPostStartUp));
  if (factWays.length === 0 || askedWays.length === 0 || askedWays.some((w) => factWays.includes(w))) return undefined;
  return { fact: factWays.join(', '), question: askedWays.join(', ') };
}

/**
 * A claim that someone owns something ("…belong to us", "does the school own my patent", "do they become his?", "must I
 * hand my patents over to the school?"), not a question on ownership.
 */
const CLAIMS_AN_OWNER = new RegExp(
  String.raw`\b(?:belongs?|belonging) to\b|\b(?:own|owns|owned)\b|\bbecomes? (?:his|hers|theirs|ours|mine)\b` +
    String.raw`|\bhand(?:s|ed)? (?:[\w']+ ){0,3}?(?:back|over)\b` +
    String.raw`|\b(?:keep|keeps|retain|retains|has|have|get|gets|hold|holds) (?:full |sole |the )?ownership\b`,
  'i',
);

/**
 * Decides what the guidance says to a question from the fact that answers it: for yes/no questions the fact's
 * rules, then its verdict, turned around by words such as "lose" or "refuse"; for any question asking for an
 * amount or a date the fact does not give, "not-stated".
 */
export function decideVerdict(
  fact: Fact,
  type: QuestionType,
  concepts: ReadonlySet<string>,
  actor?: string,
  question?: string,
  unsupported?: boolean,
  denied?: ReadonlySet<string>,
): VerdictDecision {
  // "does that shrink the number of excellent spots?" asks whether a count changes, not what it is.
  const asksAmount = type === 'how-much' || (concepts.has('amount') && !(type === 'yes-no' && CHANGES_A_COUNT.test(question ?? '')));
  // "when do conflicts tend to arise?" asks in what circumstances, not for a date.
  const asksDate = (type === 'when' && !ASKS_CIRCUMSTANCES.test(question ?? '')) || concepts.has('date');
  // "who owns the IP he creates with us?": the paper leaves ownership to the leave agreement and never allocates it.
  // "does the paper say who owns the materials?" asks the same, put as whether the paper says it.
  // "do we get to decide who owns the results?" asks who settles ownership, which the paper leaves to the agreement.
  const asksWho =
    type === 'who' || type === 'choice' || (type === 'yes-no' && (SAYS_WHO.test(question ?? '') || DECIDES_WHO.test(question ?? '')));
  if (asksWho && concepts.has('ownership'))
    return { verdict: 'not-stated', rule: 'asks who owns something; the source allocates no ownership', with: [], firm: true };
  if (type !== 'yes-no') {
    if ((asksAmount && !fact.states.includes('amount')) || (asksDate && !fact.states.includes('date'))) {
      return { verdict: 'not-stated', rule: `asks for ${asksDate ? 'a date' : 'an amount'} the fact does not give`, with: [] };
    }
    // "what's the maximum number of hours a week I may work part-time?": a detail neither the fact nor its clauses give.
    if (type !== 'why' && concepts.has('detail') && unsupported === true)
      return { verdict: 'not-stated', rule: 'asks for a detail the fact does not give', with: [] };
    // "how long does the approval take?": only the three-year facts state a duration.
    if (type === 'how-long' && !fact.states.includes('duration'))
      return { verdict: 'not-stated', rule: 'asks for a duration the fact does not give', with: [] };
    // "what happens after the three years?": a rule of the fact saying the guidance leaves that open.
    if (fact.unless.some((r) => r.verdict === 'not-stated' && ruleHolds(r, concepts)))
      return { verdict: 'not-stated', rule: 'a rule of the fact: the guidance leaves this open', with: [] };
    // "what will my salary be while off post?": the fact says the guidance leaves it to others, so it does not say
    // (not when a rule of the fact says otherwise for what the question names: "in the past it was impossible…").
    // "who decides my salary while off post?": who decides, and on what basis, is what such a fact does say.
    const ruledOtherwise = fact.unless.some((r) => ruleHolds(r, concepts));
    if (fact.verdict === 'not-stated' && !ruledOtherwise && type !== 'why' && !ASKS_WHO_DECIDES.test(question ?? ''))
      return { verdict: 'not-stated', rule: 'the fact says the guidance leaves this open', with: [] };
    return { verdict: null, rule: `a ${type} question has no verdict`, with: [] };
  }
  // "is there a figure about graduates I could quote?": a figure the fact gives is there, whatever the fact's own verdict.
  // ("does it give a number for how many companies are unhappy?" asks for one figure in particular: the fact's may be another.)
  if (fact.states.includes('amount') && ASKS_FOR_A_FIGURE.test(question ?? '') && !/\bhow (?:many|much)\b/i.test(question ?? ''))
    return { verdict: 'yes', rule: 'asks whether there is a figure; the fact gives one', with: [], firm: true };
  // "does the college keep paying into my insurance while at my startup?": a rule for the enterprise paying is not
  // about the college doing it.
  const rule = fact.unless.find((r) => ruleHolds(r, concepts) && !(actor !== undefined && r.when.some((c) => DOERS.has(c) && c !== actor)));
  // "can our firm expect the teacher's results to belong to us?": the source never says who owns what.
  if (!rule && concepts.has('ownership') && question !== undefined && CLAIMS_AN_OWNER.test(question) && !/\bwho\b/i.test(question))
    return { verdict: 'not-stated', rule: 'claims an owner; the source leaves ownership to the leave agreement', with: [] };
  // "…doesn't count against the quota, right?": denying what would turn the fact around states the fact itself.
  const factVerdict = fact.verdict ?? 'yes';
  const deniedTurn = rule ? undefined : fact.unless.find((r) => r.verdict !== factVerdict && r.when.some((c) => denied?.has(c)));
  if (deniedTurn && SWAP[factVerdict] !== undefined) {
    // "is it cheating if I … don't take up a slot?": the fact stated, then feared to break the rules, which it does not.
    const feared = concepts.has(RULE_BREAKING) && !denied?.has(RULE_BREAKING) && fact.flipOn.includes(RULE_BREAKING);
    return {
      verdict: feared ? SWAP[factVerdict]! : factVerdict,
      rule: `the question denies what would turn the fact around (${deniedTurn.when.join(' + ')})${feared ? FEARED_ANYWAY : ''}`,
      with: [],
      firm: true,
    };
  }
  let verdict: Verdict;
  let because: string;
  const flipped = fact.flipOn.some((c) => concepts.has(c));
  // "…lose my post after 6 months?": a figure inside a claim the fact contradicts is answered by the fact.
  if (!rule && !flipped && concepts.has('detail') && unsupported !== false) {
    return { verdict: 'not-stated', rule: 'asks for a detail (a figure, a limit, a procedure) the fact does not give', with: [] };
  }
  // "Do I have to…?" of what is only allowed is a no; "does the school have to…?" of what the school does is not.
  // "does the college have to let me return early?" asks whether the teacher may: a permission the other party must grant;
  // "do they have to take me even with no opening?" asks the same of the school's leave to take a returning teacher.
  const grantsThePermission =
    ((fact.by ?? 'teacher') === 'teacher' || (fact.about ?? []).includes('return')) && LETS_THE_TEACHER.test(question ?? '');
  if (
    !rule &&
    fact.modality === 'permission' &&
    concepts.has('obliged') &&
    (actor === undefined || actor !== fact.by) &&
    !grantsThePermission
  ) {
    return { verdict: 'no', rule: 'the question asks whether it is required; the fact only allows it', with: [], firm: true };
  }
  // "is paying his injury insurance optional for us?" of a party's duty: no; of what a party is only allowed: yes.
  // ("…resign during the leave, is that an option?" asks whether one may, not whether the school may choose.)
  const choosing = concepts.has('optional') && !AN_OPTION.test(question ?? '');
  if (!rule && fact.modality !== undefined && fact.by !== undefined && choosing && (actor ?? fact.by) === fact.by) {
    const required = fact.modality === 'obligation';
    const verdict = required ? 'no' : 'yes';
    return {
      verdict,
      rule: `asks whether the ${fact.by} may choose; the fact ${required ? 'requires' : 'only allows'} it`,
      with: [],
      firm: true,
    };
  }
  // "do I sign an agreement with the college?", "can I terminate with the college?": signing and ending a contract take
  // two, and the teacher is the other party the fact names.
  const signsWith = BILATERAL.some((c) => concepts.has(c)) && actor !== undefined && fact.about.includes(actor);
  if (!rule && actor !== undefined && fact.by !== undefined && actor !== fact.by && !signsWith) {
    // One institution asked about where the other does it is firmly a no; the teacher may share in what the school does.
    const firm = actor !== 'teacher' && fact.by !== 'teacher' ? { firm: true as const } : {};
    return { verdict: 'no', rule: `the question asks whether the ${actor} does it; the ${fact.by} does`, with: [], ...firm };
  }
  const otherWay = otherWayOfTakingPart(fact, concepts);
  if (!rule && otherWay) {
    // "I'm doing part-time work: does that count toward my title?" of a rule of leaving the post: the guidance says
    // nothing for part-time work, whatever example questions about leaving suggest ("on the job" is too loose to be firm).
    const firm = otherWay.fact === 'leave' && otherWay.question === 'part-time' ? { firm: true as const } : {};
    return { verdict: 'not-stated', rule: `the fact concerns ${otherWay.fact}, the question ${otherWay.question}`, with: [], ...firm };
  }
  // "does the company sign anything?" of the rule "the company signs no leave agreement (it signs the income one)": the
  // other fact the rule names is the something asked about.
  // "do we have to pay anything insurance-wise?" of the rule "her insurance as a whole → partly", asked by the party that
  // pays the part: something is paid.
  if (rule?.verdict === 'partly' && (actor ?? fact.by) === fact.by && question !== undefined && ASKS_ANYTHING.test(question))
    return { verdict: factVerdict, rule: `rule: when ${ruleName(rule)} → partly, but asked whether anything is: the fact`, with: [] };
  if (rule?.verdict === 'no' && rule.with.length > 0 && question !== undefined && ASKS_ANYTHING.test(question))
    return {
      verdict: 'yes',
      rule: `rule: when ${ruleName(rule)} → no, but asked whether anything is: the fact beside it`,
      with: rule.with,
    };
  // "is it true companies couldn't hire part-time teachers in the past?" of the rule "in the past → no": the question
  // asks whether the very negative the rule gives is true.
  if (rule?.verdict === 'no' && question !== undefined && TRUTH_OF_NEGATIVE.test(question))
    return {
      verdict: 'yes',
      rule: `rule: when ${ruleName(rule)} → no, the negative the question asks is true`,
      with: rule.with,
      firm: true,
    };
  if (rule) {
    verdict = rule.verdict;
    because = `rule: when ${ruleName(rule)} → ${rule.verdict}`;
  } else if ((asksAmount && !fact.states.includes('amount')) || (asksDate && !fact.states.includes('date'))) {
    return { verdict: 'not-stated', rule: `asks for ${asksDate ? 'a date' : 'an amount'} the fact does not give`, with: [] };
  } else if (fact.verdict === 'partly' && question !== undefined && (claimsAll(question) || SOME_OF.test(question))) {
    // "do enterprises always benefit more?" of "some mainly benefit the school, some the enterprise": no; "does the paper
    // say some mainly benefit the enterprise?": yes, some do.
    const all = claimsAll(question);
    return { verdict: all ? 'no' : 'yes', rule: `the fact holds of some, not all: asked of ${all ? 'all' : 'some'}`, with: [], firm: true };
  } else {
    verdict = fact.verdict ?? 'yes';
    because = fact.verdict ? `the fact's verdict: ${fact.verdict}` : 'the fact states it: yes';
  }
  const flip = fact.flipOn.find((c) => concepts.has(c) && !(rule?.when.includes(c) ?? false));
  const swapped = flip ? SWAP[verdict] : undefined;
  // A turn by a relation the fact's knowledge names ("choose between", "conflict" of the fact that the roles can be
  // coordinated) is a rule for that fact the learned model may not overrule; a turn by a negating word is not so firm.
  const ownTurn = flip !== undefined && !NEGATING_FLIPS.has(flip) ? { firm: true as const } : {};
  if (swapped)
    return { verdict: swapped, rule: `${because}, turned around by "${flip}"`, with: rule?.with ?? [], turnedBy: flip, ...ownTurn };
  // "does the paper say there's no binding support?" of a fact that says there is none: the question says it too.
  if (!rule && fact.verdict === 'no' && question !== undefined && claimsNegative(question))
    return { verdict: 'yes', rule: 'the question states the negative the fact states', with: [], firm: true };
  // "hard to build but easy to make effective?" of a fact saying the reverse: each side said of the other's thing.
  const attached = question === undefined || rule ? undefined : attachedSide(question, fact.text);
  if (attached !== undefined)
    return {
      verdict: attached ? 'yes' : 'no',
      rule: `the question says ${attached ? 'each side of what the fact says it of' : 'the sides the other way round'}`,
      with: [],
      firm: true,
    };
  // "does it only benefit the teachers?" of a fact saying it is mutually beneficial: the benefit is not one side's alone.
  if (!rule && verdict === 'yes' && question !== undefined && ONLY_ONE_SIDE.test(question) && SHARED.test(fact.text))
    return { verdict: 'no', rule: `${because}, but the question claims for one side what the fact says all share`, with: [], firm: true };
  // "is the income agreement just between me and my school?" of a fact naming the enterprise too: a side is left out.
  const leftOut = !rule && verdict === 'yes' && question !== undefined ? sideLeftOut(question, fact.text) : undefined;
  if (leftOut !== undefined)
    return { verdict: 'no', rule: `${because}, but the question leaves out ${leftOut}, whom the fact names`, with: [], firm: true };
  // "does the material end up in just one course?" of a fact extending it to many related courses.
  const single = !rule && verdict === 'yes' && question !== undefined ? oneOfMany(question, fact.text) : undefined;
  if (single !== undefined)
    return { verdict: 'no', rule: `${because}, but the question claims one ${single} where the fact speaks of many`, with: [], firm: true };
  const side = question !== undefined && SWAP[verdict] !== undefined ? wordingSide(question, fact.text) : undefined;
  if (side)
    return {
      verdict: side.agrees ? 'yes' : 'no',
      rule: `${because}; the question ${side.agrees ? 'says what the fact says' : 'says the opposite'} ("${side.word}")`,
      with: rule?.with ?? [],
      ...((side.agrees || side.compares) && !side.sidesNamed ? {} : { firm: true as const }),
    };
  // "…was from Shenzhen University, wasn't he?" of a fact naming Shaoguan University: another place is a wrong detail.
  const place = question === undefined ? undefined : otherPlace(question, fact.text);
  if (!rule && verdict === 'yes' && place !== undefined)
    return { verdict: 'no', rule: `${because}, but the question names ${place}, which the fact does not`, with: [], firm: true };
  // "can we take on any teacher, whatever our company does?" of a fact that sets a condition: the condition says no.
  if (!rule && verdict === 'yes' && question !== undefined && claimsNoCondition(question) && CONDITIONAL.test(fact.text))
    return { verdict: 'no', rule: `${because}, but the question claims it without the condition the fact sets`, with: [], firm: true };
  // "did he win a first prize?" of a fact naming a second prize: another rank of the same thing is a wrong detail.
  const rank = question === undefined || rule ? undefined : otherRank(question, fact.text);
  if (verdict === 'yes' && rank !== undefined)
    return { verdict: 'no', rule: `${because}, but the question names ${rank}, which the fact does not`, with: [], firm: true };
  // "does the policy only apply to universities?" of a fact saying it applies mainly to them: not only, so no.
  const claimsOnly = question !== undefined && CLAIMS_ONLY.test(question.replace(OTHER_CHOICE_TAIL, ''));
  if (!rule && verdict === 'yes' && claimsOnly && MAINLY.test(fact.text))
    return { verdict: 'no', rule: `${because}, but the question claims "only" where the fact says "mainly"`, with: [], firm: true };
  // "Is every enterprise there to collect fees?" of a fact that says most are: the claim is wider than the fact.
  // ("are we obliged to hire all of them?" asks a duty the fact does not set, not how many it speaks of.)
  if (
    !rule &&
    verdict === 'yes' &&
    question !== undefined &&
    claimsAll(question) &&
    !UNIVERSAL.test(fact.text) &&
    !concepts.has('obliged')
  ) {
    return { verdict: 'partly', rule: `${because}, but the question claims it of all, always or only, and the fact does not`, with: [] };
  }
  // "I teach nursing; can I work at a car dealership?": fields the question itself sets apart decide, not the wording.
  if (rule?.when.some(isFieldConcept)) return { verdict, rule: because, with: rule.with, firm: true };
  // "…what if I'm still at the startup when the three years are up?": a rule of the fact saying the guidance leaves this
  // open is knowledge of what the source does not say, which words the model learned from cannot overrule.
  if (rule?.verdict === 'not-stated') return { verdict, rule: because, with: rule.with, firm: true };
  // "could I stay away five years and still come back?": a premise past the three-year limit breaks the fact's condition.
  if (rule?.when.some((c) => PAST_THE_LIMIT.includes(c))) return { verdict, rule: because, with: rule.with, firm: true };
  // "does the paper see our fee-charging joint enrolment positively?": a rule the knowledge marks firm stands.
  if (rule?.firm) return { verdict, rule: because, with: rule.with, firm: true };
  // "are we responsible for his social insurance as well?": a rule naming three concepts is narrow enough to stand.
  if (rule !== undefined && rule.when.length >= FIRM_RULE_CONCEPTS) return { verdict, rule: because, with: rule.with, firm: true };
  return { verdict, rule: because, with: rule?.with ?? [] };
}

/** A stay longer than the three years the guidance allows ("for 5 years", "indefinitely"): a premise that breaks its condition. */
export const PAST_THE_LIMIT: readonly string[] = ['beyond-three-years', 'named-years'];

/** How many concepts a fact's rule must name for the learned model not to overrule it (measured: two is too few). */
const FIRM_RULE_CONCEPTS = 3;

// A named university, province, city or college: "Shaoguan University", "Guangdong Province"; or a place a university is
// said to be in or from ("a university in Shandong"), the country and its languages aside.
const NOT_PLACES = String.raw`(?:China|Chinese|English|Mandarin)\b`;
const PLACE = new RegExp(
  String.raw`\b([A-Z][a-z]+)\s+(?:University|Province|City|College)\b|\b(?:in|from) (?!${NOT_PLACES})([A-Z][a-z]{3,})\b`,
  'g',
);

/** The place a question names that a fact naming places does not ("Shenzhen University" against "Shaoguan University"). */
export function otherPlace(question: string, factText: string): string | undefined {
  if (!/\b[A-Z][a-z]+\s+(?:University|Province|City|College)\b|\([A-Z][a-z]+\)/.test(factText)) return undefined;
  for (const [name, first, placeIn] of question.matchAll(PLACE)) {
    const place = first ?? placeIn;
    if (place !== undefined && !factText.includes(place)) return first !== undefined ? name : place;
  }
  return undefined;
}

// A rank and what it ranks: "first prize", "second-prize", "13th Five-Year".
const RANKED = /\b(first|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))[- ]+([a-z]+)/gi;

/** Words ranked alike: a school's "second grade" is its second year. */
const SAME_RANKED: Readonly<Record<string, string>> = { grade: 'year', grades: 'year', years: 'year', semester: 'term' };
const rankedThing = (word: string) => SAME_RANKED[word.toLowerCase()] ?? word.toLowerCase();
/** Ranks written in figures, in words: a "3rd year" is a "third grade". */
const RANK_WORDS: Readonly<Record<string, string>> = {
  '1st': 'first',
  '2nd': 'second',
  '3rd': 'third',
  '4th': 'fourth',
  '5th': 'fifth',
  '6th': 'sixth',
};
const rankOf = (rank: string) => RANK_WORDS[rank.toLowerCase()] ?? rank.toLowerCase();

/** The rank a question gives something the fact ranks otherwise ("first prize" against "second-prize"). */
export function otherRank(question: string, factText: string): string | undefined {
  const inFact = [...factText.matchAll(RANKED)].map(([, rank, thing]) => [rankOf(rank!), rankedThing(thing!)]);
  for (const [asked, rank, thing] of question.matchAll(RANKED)) {
    const same = inFact.filter(([, t]) => t === rankedThing(thing!));
    if (same.length > 0 && !same.some(([r]) => r === rankOf(rank!))) return asked;
  }
  return undefined;
}

// Words that name nothing compared: "…more flexibly than an ordinary company" compares "ordinary companies".
const FRAME_WORDS = new Set([
  'a',
  'an',
  'the',
  'one',
  'ones',
  'do',
  'does',
  'is',
  'are',
  'it',
  'they',
  'that',
  'those',
  'for',
  'of',
  'in',
  'to',
  // "…than just hiring on the open market": words that only soften or place what is compared.
  'just',
  'simpli',
  'simply',
  'onli',
  'only',
  'open',
]);

/** The stems of the few words after "than": what a comparison sets its subject against ("…than teacher-founded ones"). */
function comparedWith(text: string): { before: Set<string>; after: Set<string> } | undefined {
  const at = text.toLowerCase().search(/\bthan\b/);
  if (at < 0) return undefined;
  const stems = (part: string) =>
    tokenize(part)
      .map(stem)
      .filter((s) => !FRAME_WORDS.has(s));
  return { before: new Set(stems(text.slice(0, at))), after: new Set(stems(text.slice(at + 4)).slice(0, COMPARED_WORDS)) };
}

/** How many words after "than" name what a comparison sets its subject against. */
const COMPARED_WORDS = 3;

/**
 * True when two comparisons set the same things against each other the other way round ("teacher-founded companies
 * sign more flexibly than ordinary ones" against "ordinary companies sign more flexibly than teacher-founded ones").
 */
export function comparesTheOtherWay(question: string, example: string): boolean {
  const [q, e] = [comparedWith(question), comparedWith(example)];
  if (q === undefined || e === undefined) return false;
  // "is it cheaper than hiring on the market?": "it" is the other side, the one the conversation is about.
  const otherSide = sharesAny(e.after, q.before) || POINTED_SUBJECT.test(question);
  return !sharesAny(q.after, e.after) && sharesAny(q.after, e.before) && otherSide;
}

/** A comparison whose subject is a pronoun ("is it cheaper than…", "would that cost less than…"). */
const POINTED_SUBJECT = /^\W*(?:(?:and|so|but)\s+)?(?:is|are|was|were|would|will|does|do)\s+(?:it|that|this)\s+(?:\w+\s+){0,4}than\b/i;

/** "some deep cooperation…", "in certain cases": a claim made of some, not all. */
const SOME_OF = /\b(?:some|certain|several)\b(?!\s+(?:of (?:the )?)?(?:time|rule|way|point|kind|sort|form|say))|\bin some cases\b/i;

/** "is that an option?", "what are my options?": asking what one may do, not whether a party may choose. */
const AN_OPTION = /\b(?:an|one|my|our|the|any) options?\b|\boptions\b/i;

// Comparisons: which side a question takes depends on what it compares with what, so they never settle a verdict alone.
const COMPARISONS: [RegExp, RegExp][] = [
  [
    /\bcheaper\b|\bless expensive\b|\bcosts? (?:\w+ ){0,2}less\b/i,
    /\bmuch higher\b|\bmore expensive\b|\bpricier\b|\bcostlier\b|\bmore costly\b|\bcosts? (?:\w+ ){0,2}more\b/i,
  ],
];
// "reduce their costs", "bring costs down": lowering what something costs.
const OWNER = String.raw`(?:the |their |its )?(?:[\w']+ ){0,2}`;
const LOWERS_COSTS = String.raw`\b(?:reduce|reduces|lower|lowers|bring(?:s)? down|cut(?:s)?|decrease(?:s)?|save(?:s)?) ${OWNER}costs?\b`;
const COSTS_DOWN = String.raw`\b(?:bring|brings|keep|keeps|push|pushes) ${OWNER}costs? down\b`;
// Words and their opposites: a question using one where the fact uses the other claims the opposite of the fact.
const OPPOSITES: [RegExp, RegExp][] = [
  [/\bgains?\b|\bbenefit\w*\b|\bprofit\w*\b|\bgood investment\b|\bboost\w*\b/i, /\bloss\w*\b/i],
  [
    new RegExp(`${LOWERS_COSTS}|${COSTS_DOWN}`, 'i'),
    /\b(?:increase|increases|raise|raises|add(?:s)? to) (?:the |their |its )?(?:[\w']+ ){0,2}costs?\b/i,
  ],
  [/\bstrong\b|\bstrength\w*\b/i, /\bweak\b/i],
  [/\blong[- ]term\b/i, /\bshort[- ]term\b/i],
  [/\bstandardi[sz]ed\b|\bstandard\b/i, /\bnonstandard\b/i],
  [/\beasy\b|\beasily\b/i, /\bhard\b|\bdifficult\b/i],
  [/\bwilling\b|\beager\b|\bkeen\b/i, /\bunwilling\b|\bnot willing\b/i],
  [
    /\battract(?:ive|s|ion)?\b|\bappeal(?:s|ing)?\b|\bdraws? in\b/i,
    new RegExp(
      String.raw`\blittle attraction\b|\bunattractive\b|\black(?:s|ing)? (?:of )?(?:appeal|attraction)\b|` +
        String.raw`\bput(?:s|ting)? (?:\w+ ){0,2}off\b|\bdeter(?:s|red)?\b`,
      'i',
    ),
  ],
  [/\bstable\b|\bstability\b/i, /\black(?:s|ing)? (?:of )?stability\b|\bwithout (?:any )?stability\b|\bunstable\b|\binstability\b/i],
  [/\bmeets?\b|\bmeeting\b/i, /\bdo not meet\b|\bfail\w* to meet\b|\bfar from\b/i],
  [/\bclear(?:ly)?\b/i, /\bno clear\b|\bnot clear(?:ly)?\b|\bdo not clearly\b|\bunclear\b/i],
  [
    /\beffective (?:measures?|systems?|mechanisms?|ways?)\b/i,
    /\bno (?:very |really )?effective\b|\bnot (?:very )?effective\b|\bineffective\b/i,
  ],
];

// Words that say nothing of what an attribute is said of ("easy to make it really effective" → effective).
const NOT_SAID_OF = new Set([...FRAME_WORDS, 'but', 'or', 'and', 'make', 'get', 'realli', 'actual', 'even', 'veri', 'be', 'if', 'so']);
/** How many words after an attribute, not counting those that say nothing, are read for what it is said of. */
const SAID_OF_WORDS = 4;

/**
 * What an attribute is said of, once for each of its matches: the stems of the few words after it, up to a mark, a
 * joining word or the other attribute of the pair ("easy to build but hard to…" → build).
 */
function saidOf(text: string, attribute: RegExp, other: RegExp): Set<string>[] {
  const found: Set<string>[] = [];
  for (const match of text.matchAll(new RegExp(attribute.source, 'gi'))) {
    let after = text.slice(match.index + match[0].length);
    const end = after.search(new RegExp(String.raw`[,.;:?!—–]|\b(?:and|but|or)\b|${other.source}`, 'i'));
    if (end >= 0) after = after.slice(0, end);
    found.push(
      new Set(
        tokenize(after)
          .map(stem)
          .filter((w) => !NOT_SAID_OF.has(w))
          .slice(0, SAID_OF_WORDS),
      ),
    );
  }
  return found;
}

/** Whether words are what the fact says one side of (true), the other side of (false), or neither (undefined). */
function sideOfWords(words: ReadonlySet<string>, own: ReadonlySet<string>, other: ReadonlySet<string>): boolean | undefined {
  const [mine, theirs] = [[...words].some((w) => own.has(w)), [...words].some((w) => other.has(w))];
  return mine === theirs ? undefined : mine;
}

/**
 * Of a fact saying both sides of a pair ("easy to build but hard to make effective"), whether the question says each
 * side of what the fact says it of (true), each of what the fact says the other side of (false); undefined when it
 * says a side of something the fact does not, or some of each.
 */
export function attachedSide(question: string, factText: string): boolean | undefined {
  for (const {
    pair: [a, b],
    onlyA,
    onlyB,
  } of pairedSidesOf(factText)) {
    const sides = [
      ...saidOf(question, a, b).map((words) => sideOfWords(words, onlyA, onlyB)),
      ...saidOf(question, b, a).map((words) => sideOfWords(words, onlyB, onlyA)),
    ];
    if (sides.length === 0) continue;
    if (sides.every((side) => side === true)) return true;
    if (sides.every((side) => side === false)) return false;
    return undefined;
  }
  return undefined;
}

interface PairedSides {
  pair: [RegExp, RegExp];
  onlyA: ReadonlySet<string>;
  onlyB: ReadonlySet<string>;
}

const pairedSides = new Map<string, PairedSides[]>();

/** The pairs a fact's text says both sides of, each with what only one side is said of; worked out once per text. */
function pairedSidesOf(factText: string): PairedSides[] {
  let found = pairedSides.get(factText);
  if (found === undefined) {
    found = [];
    for (const pair of OPPOSITES) {
      const [a, b] = pair;
      if (!a.test(factText) || !b.test(factText)) continue;
      const union = (sets: Set<string>[]) => new Set(sets.flatMap((set) => [...set]));
      const [factA, factB] = [union(saidOf(factText, a, b)), union(saidOf(factText, b, a))];
      const onlyA = new Set([...factA].filter((w) => !factB.has(w)));
      const onlyB = new Set([...factB].filter((w) => !factA.has(w)));
      // "the long-term and short-term benefits…" says nothing of one side alone.
      if (onlyA.size > 0 && onlyB.size > 0) found.push({ pair, onlyA, onlyB });
    }
    pairedSides.set(factText, found);
  }
  return found;
}

/**
 * Which side of a pair of opposite wordings the question takes, against the one side the fact's text uses: "do 70% fail
 * to meet…" agrees with a fact saying they fail to meet, "is there a clear law" contradicts one saying there is none.
 */
function wordingSide(raw: string, factText: string): { word: string; agrees: boolean; compares: boolean; sidesNamed: boolean } | undefined {
  // "can't meet" says what "fail to meet" says.
  const question = raw.replace(/\b(?:can't|cannot|can not|don't|doesn't|do not|does not|not|won't|never)\s+meet\b/gi, 'fail to meet');
  for (const {
    pair: [a, b],
    factB,
  } of factSides(factText)) {
    const askedB = b.exec(question)?.[0];
    const asked = askedB ?? a.exec(question)?.[0];
    if (asked === undefined) continue;
    const compares = COMPARISONS.some(([one]) => one === a);
    const agrees = askedB !== undefined ? factB : !factB;
    // "is it cheaper than hiring on the market?" of "hiring on the market costs much more than …": the same claim turned.
    const sidesNamed = compares && comparesSidesNamed(question, factText);
    return { word: asked, agrees: compares && setsAgainstFactSubject(question, factText) ? !agrees : agrees, compares, sidesNamed };
  }
  return undefined;
}

/** The verdict a comparison whose sides the question names gives a fact of that comparison ("is hiring cheaper than…?"). */
export function comparisonVerdict(question: string, factText: string): 'yes' | 'no' | undefined {
  const side = wordingSide(question, factText);
  return side?.sidesNamed ? (side.agrees ? 'yes' : 'no') : undefined;
}

/** True when the two sets have a member in common. */
function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const s of a) if (b.has(s)) return true;
  return false;
}

/**
 * True when the fact's subject is named on one side of a question's comparison only ("is hiring on the market cheaper
 * than co-training?" of "hiring on the market costs much more than co-training"): which side the question takes is then
 * read off the words, which a model of the words alone cannot see.
 */
function comparesSidesNamed(question: string, factText: string): boolean {
  const [q, f] = [comparedWith(question), comparedWith(factText)];
  if (q === undefined || f === undefined) return false;
  const subject = onlyIn(f.before, f.after);
  return sharesAny(q.before, subject) !== sharesAny(q.after, subject);
}

/** The members of one set that are not in the other: the words naming one side of a comparison alone. */
function onlyIn(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a].filter((s) => !b.has(s)));
}

/** True when a comparison sets its subject against what the fact's comparison is said of ("…than hiring on the market"). */
function setsAgainstFactSubject(question: string, factText: string): boolean {
  const [q, f] = [comparedWith(question), comparedWith(factText)];
  if (q === undefined || f === undefined) return false;
  // ("…than the cost of such talent cultivated jointly": a word both sides name tells neither apart.)
  return sharesAny(q.after, onlyIn(f.before, f.after)) && !sharesAny(q.after, onlyIn(f.after, f.before));
}

/** A question asking whether anything at all is so ("does the company sign anything?", "any agreement with them?"). */
const ANY_THING = String.raw`any (?:agreement|contract|document|paperwork|papers|insurance|fees?|contributions?)`;
const ASKS_ANYTHING = new RegExp(String.raw`\b(?:anything|something|${ANY_THING}|any (?:kind|sort|type) of insurance)\b`, 'i');

/** True when two texts take opposite sides of a pair of wordings or of a comparison ("cheaper" and "pricier"). */
export function takeOppositeSides(a: string, b: string): boolean {
  const sideOf = (text: string, [one, other]: [RegExp, RegExp]) => (other.test(text) ? 1 : one.test(text) ? 0 : -1);
  return [...COMPARISONS, ...OPPOSITES].some((pair) => {
    const [sideA, sideB] = [sideOf(a, pair), sideOf(b, pair)];
    return sideA >= 0 && sideB >= 0 && sideA !== sideB;
  });
}

/** Most fact texts whose wording sides are remembered (the knowledge has about a hundred). */
const MAX_SIDES = 1_000;
const sidesByText = new Map<string, { pair: [RegExp, RegExp]; factB: boolean }[]>();

/** The pairs of opposite wordings a fact's text uses one side of (and which), worked out once per text. */
function factSides(factText: string): { pair: [RegExp, RegExp]; factB: boolean }[] {
  let sides = sidesByText.get(factText);
  if (sides === undefined) {
    sides = [...COMPARISONS, ...OPPOSITES].flatMap(([a, b]) => {
      const factB = b.test(factText);
      // "no clear stipulation" holds the word "clear": the positive side counts only outside the negative phrases.
      const factA = a.test(factText.replace(new RegExp(b.source, 'gi'), ''));
      return factA === factB ? [] : [{ pair: [a, b] as [RegExp, RegExp], factB }];
    });
    if (sidesByText.size >= MAX_SIDES) sidesByText.clear();
    sidesByText.set(factText, sides);
  }
  return sides;
}

/** "…shrink the number of…", "…eat into the percentage…": a yes/no question whether something changes a count. */
const CHANGING =
  String.raw`(?:shrinks?|shrinking|reduces?|reducing|lowers?|cuts?|increases?|raises?|eats? into|affects?|changes?|takes? up|` +
  String.raw`uses? up)`;
const COUNTS = String.raw`(?:number|percentage|share|proportion|quota|count)`;
const CHANGES_A_COUNT = new RegExp(String.raw`\b${CHANGING}\b[^?]{0,30}\b${COUNTS}\b`, 'i');
// "…have to let me come back?", "…obliged to take him back?": a duty to let the teacher do what the teacher may.
const DUTY = String.raw`(?:have|has|need|needs|got|required|obliged|obligated|forced|bound) to`;
const LETTING = String.raw`(?:let|allow|permit|accept|take back|take)`;
const TEACHER_AS_OBJECT = String.raw`(?:me|him|her|them|us|the teacher|teachers|the lecturer|lecturers)`;
const LETS_THE_TEACHER = new RegExp(String.raw`\b${DUTY} ${LETTING} ${TEACHER_AS_OBJECT}\b`, 'i');
