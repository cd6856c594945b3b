import type { Audience } from '../schema/topic.js';
import type { ConceptMatcher } from '../understand/concept-matcher.js';

// "kill two birds with one stone - can my part-time work…", "we don't want to be the villain: does the paper say…":
// words before a dash, colon or full stop, then a yes/no question.
const AUXILIARY = '(?:do|does|did|can|could|will|would|is|are|am|should|must|may|has|have)';
const PREAMBLE = new RegExp(String.raw`^(.{3,120}?)(?:\s[-–—]\s|:\s|[.!]\s)\s*(?=${AUXILIARY}\b)`, 'i');
// "if the college kills my position while i'm away, is there still a way back": a condition, then the claim.
// ("what if the company fires me, can I go back…": the firing is the condition, not what is asked.)
const IF = '(?:if|when|once|even if|what if|in case|suppose)';
const CONDITION = new RegExp(String.raw`^((?:and |so |but )?${IF}\b.{3,120}?),\s*(?=${AUXILIARY}\b)`, 'i');
/** What ends a preamble or a condition (a dash, colon or full stop, or a comma): a question without one has neither. */
const MAY_LEAD_IN = /\s[-–—]\s|:\s|[.!]\s|,/;
/** Modifiers a preamble uses for feeling, not for the claim ("terrified of losing everything", "die of boredom"). */
const MOODS: ReadonlySet<string> = new Set(['death', 'lose', 'prohibited', 'all-of', 'fail', 'hard']);
/**
 * A claim that asks whether its preamble holds ("…lose their title. is that true?") makes the preamble's claim its own;
 * "…does the school have to keep doing it?" asks a claim of its own.
 */
// ("Our HR says it's cheaper to hire on the market. Does the paper agree with her?": the preamble's claim, put to the source.)
const PUT_TO_THE_SOURCE = String.raw`agrees?|back (?:that|this|it|her|him|them) up`;
const POINTS_BACK = new RegExp(
  String.raw`\b(?:(?:is|was) (?:that|this|it) (?:so|true|right|correct|real|legit)|true|right|correct|really|${PUT_TO_THE_SOURCE})\b` +
    String.raw`|^(?:is|was) (?:that|this|it)\b`,
  'i',
);
/** A preamble telling one's own worry ("we're worried it'll look like…"). */
const WORRIED = /\b(?:worr(?:y|ied|ies|ying)|afraid|concerned|nervous|scared|fear(?:s|ful)?|anxious)\b/i;
/** "is that actually legit?", "does the guidance allow it?": whether what the preamble tells is allowed. */
const ALLOWED = String.raw`(?:legit|legitimate|allowed|permitted|ok|okay|fine|legal|acceptable|above board)`;
const ASKS_IF_ALLOWED = new RegExp(
  String.raw`^(?:(?:is|was) (?:that|this|it) (?:\w+ ){0,2}${ALLOWED}\b` +
    String.raw`|(?:does|do|would|will) (?:the (?:guidance|paper|policy|rules?)|it|they) ` +
    String.raw`(?:\w+ )?(?:allow|permit|support|back) (?:it|that|this|us|me)\b)`,
  'i',
);

/**
 * A claim of only a verb and a pronoun ("Will they?", "could that happen?", "Should I be?", "is that right?") says nothing
 * but what its preamble says.
 */
const BARE_TAIL = String.raw`really|actually|happen|now|then|right|true|correct|be(?:\s+(?:worried|concerned|scared|afraid|nervous))?`;
const BARE_CLAIM = new RegExp(String.raw`^${AUXILIARY}\s+(?:they|it|that|this|he|she|i|we)(?:\s+(?:${BARE_TAIL}))?\s*[?.!]*\s*$`, 'i');

/**
 * The yes/no claim a question makes, and its concepts without the moods ("lose", "death", "all") that only its
 * preamble names: "i'm terrified of losing everything - can i terminate…" claims nothing is lost.
 */
export function claimReading(
  question: string,
  concepts: ReadonlySet<string>,
  matcher: ConceptMatcher,
  audience: Audience | undefined,
): { claim: string; concepts: ReadonlySet<string> } {
  // "is it even allowed to start a company? I'm worried I'd be breaking some rule.": the feeling told after the question.
  const after = AFTERWORD.exec(question);
  if (after) return withoutMoodsOf(after[1]!, after[2]!, concepts, matcher, audience);
  // "is that even allowed or are we going to get in trouble?": the worry offered as the other answer claims nothing more.
  // ("…keep going, or does it get frozen?")
  const orWorry = OR_WORRY.exec(question);
  if (orWorry && matcher.find(orWorry[2]!, audience).some((m) => MOODS.has(m.concept)))
    return withoutMoodsOf(orWorry[1]!, orWorry[2]!, concepts, matcher, audience);
  // "does the business have to be innovation-related, or would any business do?": the other choice offered is the
  // complement of the claim, and its modifiers ("any business") do not turn the claim around.
  if (orWorry) return { claim: question, concepts: withoutOtherChoice(orWorry[1]!, orWorry[2]!, concepts, matcher, audience) };
  const match = MAY_LEAD_IN.test(question) ? (PREAMBLE.exec(question) ?? CONDITION.exec(question) ?? worriedStory(question)) : null;
  const claim = match ? question.slice(match[0].length) : question;
  // "We're worried it looks like exploiting students. Is that actually legit?": whether the act told is allowed, which the
  // worry around it does not turn around.
  // (Not a claim told by others: "…says they'll fire me if I come back. Is that legit?" asks whether that claim holds.)
  if (match && ASKS_IF_ALLOWED.test(claim) && WORRIED.test(match[1]!))
    return { claim: question, concepts: withoutMoodsOf(claim, match[1]!, concepts, matcher, audience).concepts };
  if (!match || POINTS_BACK.test(claim) || BARE_CLAIM.test(claim)) return { claim: question, concepts };
  return withoutMoodsOf(claim, match[1]!, concepts, matcher, audience);
}

/** A story of some sentences, then the last sentence alone asking ("…my partner is nervous… So two questions. If I leave…?"). */
const STORY_THEN_ASKED = /^(.{3,600}[.!])\s+(?=[^.!?]{3,300}\?\s*$)/;

/** The story before a message's last sentence when it tells one's worry, as a preamble match; null without one. */
function worriedStory(question: string): RegExpExecArray | null {
  const story = STORY_THEN_ASKED.exec(question);
  return story && WORRIED.test(story[1]!) ? story : null;
}

/** A yes/no question, then the other answer feared as a question ("…allowed, or will we get in trouble?", "…, or does it get frozen?"). */
const OR_WORRY = /^([^?]{0,300}?),?\s+(or\s+(?:does|do|is|are|will|would|can|could|should|am|was|were|did|has|have)\b[^?]{0,200}\??)\s*$/i;

/** A yes/no question, then a sentence that asks nothing ("…? I'm worried I'd be breaking some rule."). */
const AFTERWORD = new RegExp(String.raw`^(\s*(?:[\w' ]{1,30},\s*)?${AUXILIARY}\b[^?]{3,200}\?)\s+([^?]{3,200})$`, 'i');

/** The concepts without the modifiers that only the other choice offered names. */
function withoutOtherChoice(
  claim: string,
  other: string,
  concepts: ReadonlySet<string>,
  matcher: ConceptMatcher,
  audience: Audience | undefined,
): ReadonlySet<string> {
  const inClaim = new Set(matcher.find(claim, audience).map((m) => m.concept));
  const onlyOther = matcher
    .find(other, audience)
    .map((m) => m.concept)
    .filter((c) => matcher.kinds.get(c) === 'modifier' && !inClaim.has(c));
  return onlyOther.length === 0 ? concepts : new Set([...concepts].filter((c) => !onlyOther.includes(c)));
}

/** The claim with the moods that only the words around it name left out of the concepts. */
function withoutMoodsOf(
  claim: string,
  around: string,
  concepts: ReadonlySet<string>,
  matcher: ConceptMatcher,
  audience: Audience | undefined,
): { claim: string; concepts: ReadonlySet<string> } {
  const inClaim = new Set(matcher.find(claim, audience).map((m) => m.concept));
  const onlyAround = matcher
    .find(around, audience)
    .map((m) => m.concept)
    .filter((c) => MOODS.has(c) && !inClaim.has(c));
  if (onlyAround.length === 0) return { claim, concepts };
  return { claim, concepts: new Set([...concepts].filter((c) => !onlyAround.includes(c))) };
}
