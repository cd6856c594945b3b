import type { Audience, Category } from '../schema/topic.js';
import type { Verdict } from '../schema/fact.js';
import type { QuestionType } from '../understand/question-type.js';
import type { Correction } from '../understand/spelling.js';

/** A quoted clause of the source that backs an answer. */
export interface Citation {
  /** Section number of the source, e.g. "3" or "4.1". */
  section: string;
  /** Clause id, e.g. "3-11". */
  clause: string;
  /** The clause text, verbatim. */
  quote: string;
  /** The label to show the quote under when the answer is not in English ("引用：第 3 节，第 3-10 条"). */
  label?: string | undefined;
  /** The document the quote comes from, when the knowledge holds more than one. */
  source?: { id: string; title: string };
}

/** A topic named in a result: enough to show it and to ask about it. */
export interface TopicRef {
  id: string;
  title: string;
}

/** A scored intent: a topic id (or `oos`) and the classifier's probability for it. */
export interface ScoredIntent {
  intent: string;
  confidence: number;
}

/** What the caller knows about the asker. */
export interface AskOptions {
  audience?: Audience;
  /** A conversation key (thread, DM channel, console session) so follow-ups resolve against the last topic. */
  conversationId?: string;
  /**
   * The previous question of the conversation, so a fragment ("and how long?") is read in its light; or, as a `sibling`,
   * the other questions of the same message ("is my medical treatment guaranteed while off post, and who pays if I get hurt?").
   * `facts` are the facts the previous answer gave, which a fragment naming nothing new asks more about ("who pays that?").
   */
  context?:
    | {
        question: string;
        topicId?: string | undefined;
        facts?: readonly string[];
        sibling?: boolean;
        /** A later part of one message naming no subject of its own: it asks on about the part before's subject. */
        sameSubject?: boolean;
        /** How the previous question was read ("and the museum's team?" after a yes/no question asked yes or no too). */
        type?: QuestionType | undefined;
        /** The facts of the answers before the previous one, newest first: the way of taking part a conversation is about. */
        earlierFacts?: readonly (readonly string[])[] | undefined;
      }
    | undefined;
}

/** The language an answer is written in. */
export type Lang = 'en' | 'zh';

/** How the advisor read a question: shown by `kb explain`, and kept on every result for the logs. */
export interface Understanding {
  /** The question with misspelt words corrected. */
  corrected: string;
  corrections: Correction[];
  type: QuestionType;
  /** The concepts the question names (parties, aspects, situations, modifiers). */
  concepts: string[];
  /** A reference to the source's structure ("section 4.3", "clause 3-11", "the fourth point", "the three requirements"). */
  reference?: { kind: 'section' | 'clause' | 'list-item' | 'list'; id: string } | undefined;
  /** The facts considered, best first, with their scores. */
  facts: { id: string; score: number }[];
  /** Why the verdict is what it is ("rule: when school → no"). */
  verdictRule?: string | undefined;
  /** True when the previous question of the conversation was used to read this one. */
  usedContext: boolean;
}

/** One question of a message that held several, answered on its own. */
export interface AnswerPart {
  question: string;
  kind: 'answer' | 'clarify' | 'unknown';
  intent: string | null;
  verdict: Verdict | null;
  text: string;
  citations: Citation[];
}

interface ResultBase {
  question: string;
  /** The text a person reads: plain text, paragraphs split by blank lines, bullets as "- ". */
  text: string;
  /** The classifier's top intents, best first. */
  alternatives: ScoredIntent[];
  /** Version of the knowledge that produced this result. */
  knowledgeVersion: string;
  /** The language of the answer: the language of the question. */
  lang: Lang;
}

/** A faithful answer from one topic. */
export interface AnswerResult extends ResultBase {
  kind: 'answer';
  topic: TopicRef & { category: Category };
  confidence: number;
  citations: Citation[];
  related: TopicRef[];
  followUps: string[];
  /** For a yes/no question, what the guidance says: yes, no, partly, or not stated; otherwise null. */
  verdict: Verdict | null;
  /** The facts the answer was composed from (empty when it is the topic's own text). */
  facts: string[];
  /** When the message held several questions, each one's answer; `text` then holds them all. */
  parts?: AnswerPart[] | undefined;
  /** Questions of the message beyond the three answered, which `text` asks to be sent again. */
  unanswered?: string[] | undefined;
  understanding?: Understanding | undefined;
}

/** The top topics are too close to call: ask which one was meant. */
export interface ClarifyResult extends ResultBase {
  kind: 'clarify';
  candidates: (TopicRef & { confidence: number })[];
}

/** Why a question was declined. */
/** Why nothing was answered; "greeting" and "thanks" are small talk, answered in kind and never counted as missed. */
export type UnknownReason =
  | 'empty'
  | 'out-of-scope'
  | 'low-confidence'
  | 'other-jurisdiction'
  | 'no-such-reference'
  | 'greeting'
  | 'thanks';

/** A request to deceive, forge, evade an obligation or harm someone: refused, with a short reason. */
export interface RefuseResult extends ResultBase {
  kind: 'refuse';
  /** What the request asked for, in a few words. */
  because: string;
}

/** The guidance does not cover this: say so honestly and offer the nearest topics. */
export interface UnknownResult extends ResultBase {
  kind: 'unknown';
  reason: UnknownReason;
  nearest: TopicRef[];
}

/** Every outcome of asking the advisor. "I don't know" is a result, not an exception. */
export type AdvisorResult = AnswerResult | ClarifyResult | UnknownResult | RefuseResult;
