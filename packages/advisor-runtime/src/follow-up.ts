import {
  asksACatch,
  endsWithoutObject,
  isChinese,
  namesItemPlace,
  pointingAtSubject,
  type AdvisorResult,
  type Audience,
  type Understanding,
} from '@cobridge/policy-knowledge';

/** How long a conversation remembers its last topic. */
export const FOLLOW_UP_TTL_MS = 15 * 60_000;
const MAX_CONVERSATIONS = 10_000;
/** Most words of a follow-up that opens with a connective ("and if…", "what about…"). */
const MAX_OPENED_FOLLOW_UP_WORDS = 20;
const FOLLOW_UP_OPENER = new RegExp(
  String.raw`^(and|but|also|so|then|what about|how about|what if|and if|if so|ok|okay|same|does that|is that|is it|` +
    String.raw`does it|can it|that|this|it|tell me more|more about|more on)\b`,
  'i',
);
const AUDIENCE_SWITCH = new RegExp(
  String.raw`^(and|but|so|ok|okay)?\s*(what|how)?\s*(about|for|if|from)?\s*(the|an?|our|my|me|us|you|we)?\s*` +
    String.raw`(enterprises?|compan(y|ies)|employers?|firms?|business(es)?|teachers?|lecturers?|me|us|we|school|college|` +
    String.raw`the company side|the enterprise side)?\s*` +
    String.raw`(side|then|too|as well|instead|as the company|as the enterprise|as a company)?\s*\??$`,
  'i',
);
/** "its an auto parts maker, I teach automotive engineering": a detail of the case told without asking answers the last question. */
const DESCRIBES_THE_CASE =
  /^(?:its|it's|it'd|it is|it would|the (?:company|firm|business|startup|start-up|idea)(?:'s| is| would)?)\s[^?]*$/i;

/** "I teach accounting... could I open a bubble tea shop then?": a question closed by "then" draws on what was just said. */
const CLOSING_THEN = /\bthen\s*\?+\s*$/i;
/** "medical treatment handled the same way?": whether something is handled like what was just said. */
const SAME_WAY = /\b(?:the same way|alike|likewise)\s*\?+\s*$/i;

/** "do I keep my social insurance in that case?": the case is the one just discussed. */
export const IN_THAT_CASE = /\bin (?:that|this|such a|which) case\b/i;
/** A question this short cannot name a subject of its own ("any conditions?", "how much?"). */
const SHORT_FOLLOW_UP_WORDS = 3;
/** Words pointing back at what or whom the conversation was just about. */
export const POINTING_BACK = /\b(it|that|this|those|them|he|she|him|his|her|they|their|afterwards)\b/i;
/** Most words of a question that follows up by "he", "his", "her" alone ("would we have to pay his work injury insurance?"). */
const MAX_PERSON_POINTING_WORDS = 12;
const PERSON_POINTING = /\b(?:he|she|him|his|her|hers)\b/i;
/** Who a question may name for "he" or "she" to stand for, so that it does not point back. */
const PEOPLE = ['teachers?', 'lecturers?', 'professors?', 'colleagues?', 'engineers?', 'instructors?', 'staff', 'employees?'];
const MORE_PEOPLE = ['researchers?', '(?:co-?)?founders?', 'wife', 'husband', 'friend', 'son', 'daughter', 'students?', 'someone'];
const PERSON_NAMED = new RegExp(
  String.raw`\b(?:${[...PEOPLE, ...MORE_PEOPLE, 'anyone', 'person', 'man', 'woman', 'guy'].join('|')})\b`,
  'i',
);

/** True when a question speaks of "he" or "she" without naming whom: someone the conversation named before. */
export function pointsAtAPersonBefore(question: string): boolean {
  return PERSON_POINTING.test(question) && !PERSON_NAMED.test(question);
}
/** "give me the example case", "any examples?": an example of what was just said. */
const EXAMPLE = /\b(examples?|example case)\b/i;
/** Most words of a question asking only for an example ("Can you give me the example the paper uses?"). */
const MAX_EXAMPLE_WORDS = 10;
/** An example asked of something named after it ("an example of a teacher on leave"): a subject of its own. */
const EXAMPLE_OF_SOMETHING = /\b(?:examples?|example case)\s+(?:of|about|for|on|where|when|in)\b/i;

/** True when a question asks only for an example, naming no subject of its own ("does the paper give a real-world example?"). */
export function asksForAnExample(question: string): boolean {
  const words = question.trim().split(/\s+/).length;
  return words <= MAX_EXAMPLE_WORDS && EXAMPLE.test(question) && !EXAMPLE_OF_SOMETHING.test(question);
}

/** What a conversation last talked about: the question, its topic and the facts it was answered from. */
export interface Remembered {
  topicId: string;
  title: string;
  question: string;
  facts: readonly string[];
  /** What the question asked for (a verdict, a party, a reason…), as the advisor read it. */
  type?: Understanding['type'] | undefined;
  /** The facts of the answers before this one, newest first (at most `EARLIER_ANSWERS`). */
  earlierFacts: readonly (readonly string[])[];
}

/** How many answers before the last a conversation keeps the facts of. */
const EARLIER_ANSWERS = 3;

/** Remembers each conversation's last answered topic, so short follow-ups resolve against it. */
export class ConversationMemory {
  private readonly last = new Map<string, Remembered & { at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The question, topic and facts a conversation last talked about, if recent enough. */
  recall(conversationId: string): Remembered | undefined {
    const entry = this.last.get(conversationId);
    if (!entry) return undefined;
    if (this.now() - entry.at > FOLLOW_UP_TTL_MS) {
      this.last.delete(conversationId);
      return undefined;
    }
    return entry;
  }

  /** Notes the question a conversation just had answered, and its topic. */
  remember(conversationId: string, question: string, result: AdvisorResult): void {
    if (result.kind !== 'answer') return;
    const before = this.recall(conversationId);
    this.last.delete(conversationId);
    const { topic, facts, understanding } = result;
    const earlierFacts = before === undefined ? [] : [before.facts, ...before.earlierFacts].slice(0, EARLIER_ANSWERS);
    this.last.set(conversationId, {
      topicId: topic.id,
      title: topic.title,
      question,
      facts,
      type: understanding?.type,
      earlierFacts,
      at: this.now(),
    });
    if (this.last.size > MAX_CONVERSATIONS) {
      const oldest = this.last.keys().next();
      if (!oldest.done) this.last.delete(oldest.value);
    }
  }
}

// A short Chinese question opening with 那/如果/还有… or ending in 呢 ("那如果提前回来呢？").
const CHINESE_FOLLOW_UP = /^(?:那|那么|那如果|如果|要是|还有|另外)|呢[？?]?$/u;
/** Most Han characters of a Chinese follow-up. */
const MAX_FOLLOW_UP_HAN = 15;

/** True when a question reads like a follow-up ("and if I come back early?", "what about the enterprise?", "那工伤险呢？"). */
export function looksLikeFollowUp(question: string): boolean {
  if (isChinese(question))
    return (question.match(/\p{Script=Han}/gu)?.length ?? 0) <= MAX_FOLLOW_UP_HAN && CHINESE_FOLLOW_UP.test(question.trim());
  // "the second one? what would that mean for us": a message whose first question follows up is a follow-up.
  const first = question.trim().split(/(?<=\?)\s+/)[0]!;
  if (first !== question.trim() && looksLikeFollowUp(first)) return true;
  if (endsWithAFollowUp(question)) return true;
  // "explain the first one a bit more pls": an item named by its place is an item of the list just given.
  if (namesItemPlace(question)) return true;
  const words = question.trim().split(/\s+/).filter(Boolean);
  // "and if I change my mind and want to come back early instead?": an opener ties even a longer question to the last.
  const trimmed = question.trim();
  if (FOLLOW_UP_OPENER.test(trimmed) || DESCRIBES_THE_CASE.test(trimmed) || CLOSING_THEN.test(trimmed) || SAME_WAY.test(trimmed))
    return words.length <= MAX_OPENED_FOLLOW_UP_WORDS;
  // "do the teachers owe the school anything in this mode?", "so how does a startup help with that?": points back.
  if (pointingAtSubject(question) !== undefined || endsWithoutObject(question) || IN_THAT_CASE.test(question)) return true;
  // "any conditions?", "how much?", "which university?": too short to name a subject of its own.
  return (
    words.length > 0 &&
    (words.length <= SHORT_FOLLOW_UP_WORDS ||
      (words.length <= 7 && (POINTING_BACK.test(question) || asksACatch(question))) ||
      (words.length <= MAX_PERSON_POINTING_WORDS && pointsAtAPersonBefore(question)) ||
      asksForAnExample(question))
  );
}

/** Most words of a last sentence that follows up after the case it tells ("…no research projects. so I basically can't?"). */
const CLOSING_FOLLOW_UP_WORDS = 5;
/** Most words of a message that tells a case and closes with a follow-up. */
const TOLD_CASE_WORDS = 30;

/**
 * True when a message tells a case, then closes with a short sentence that follows up ("I'm in the humanities, no
 * research projects. so I basically can't?", "…would be a bubble tea shop. Does that work?").
 */
export function endsWithAFollowUp(question: string): boolean {
  const text = question.trim();
  const sentences = text.split(/(?<=[.!])\s+/);
  const last = sentences.at(-1)!;
  if (sentences.length < 2 || text.split(/\s+/).length > TOLD_CASE_WORDS) return false;
  const words = last.split(/\s+/).length;
  return words <= CLOSING_FOLLOW_UP_WORDS && (FOLLOW_UP_OPENER.test(last) || POINTING_BACK.test(last));
}

/** True when a follow-up only switches the point of view ("what about the enterprise?", "and for me?"). */
export function isAudienceSwitch(question: string): boolean {
  const text = question.trim();
  return AUDIENCE_SWITCH.test(text) && audienceCue(text) !== undefined;
}

/** The audience a follow-up asks about, when it names one ("what about the enterprise?"). */
export function audienceCue(question: string): Audience | undefined {
  if (/\b(enterprises?|compan(y|ies)|employers?|firms?|business(es)?|we|our|us)\b/i.test(question)) return 'enterprise';
  if (/\b(teachers?|lecturers?|i|me|my)\b/i.test(question)) return 'teacher';
  return undefined;
}
