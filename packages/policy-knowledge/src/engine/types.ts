import type { Audience, Category } from '../schema/topic.js';

/** A quoted clause of the source that backs an answer. */
export interface Citation {
  /** Section number of the source, e.g. "3" or "4.1". */
  section: string;
  /** Clause id, e.g. "3-11". */
  clause: string;
  /** The clause text, verbatim. */
  quote: string;
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
}

interface ResultBase {
  question: string;
  /** The text a person reads: plain text, paragraphs split by blank lines, bullets as "- ". */
  text: string;
  /** The classifier's top intents, best first. */
  alternatives: ScoredIntent[];
  /** Version of the knowledge that produced this result. */
  knowledgeVersion: string;
}

/** A faithful answer from one topic. */
export interface AnswerResult extends ResultBase {
  kind: 'answer';
  topic: TopicRef & { category: Category };
  confidence: number;
  citations: Citation[];
  related: TopicRef[];
  followUps: string[];
}

/** The top topics are too close to call: ask which one was meant. */
export interface ClarifyResult extends ResultBase {
  kind: 'clarify';
  candidates: (TopicRef & { confidence: number })[];
}

/** Why a question was declined. */
export type UnknownReason = 'empty' | 'out-of-scope' | 'low-confidence' | 'harmful' | 'other-jurisdiction';

/** The guidance does not cover this: say so honestly and offer the nearest topics. */
export interface UnknownResult extends ResultBase {
  kind: 'unknown';
  reason: UnknownReason;
  nearest: TopicRef[];
}

/** Every outcome of asking the advisor. "I don't know" is a result, not an exception. */
export type AdvisorResult = AnswerResult | ClarifyResult | UnknownResult;
