/** Chat surface a question arrived on. */
export type Platform = 'slack' | 'discord' | 'console';

/** What the bot did with a question: answered, asked back, declined (`unknown`, `limited`) or failed. */
export type Outcome = 'answer' | 'clarify' | 'unknown' | 'limited' | 'error';

/** A feedback vote on an answer. */
export type VoteDirection = 'up' | 'down';

/** Every platform, in a fixed order. */
export const PLATFORMS: readonly Platform[] = ['slack', 'discord', 'console'];

/** Every outcome, in a fixed order. */
export const OUTCOMES: readonly Outcome[] = ['answer', 'clarify', 'unknown', 'limited', 'error'];

/** One answered question as a chat handler reports it; the raw user id is hashed before it is stored. */
export interface QuestionEntry {
  platform: Platform;
  /** Raw platform user id; only its salted HMAC is written. */
  userId: string;
  question: string;
  outcome: Outcome;
  topicId?: string | null;
  confidence?: number | null;
  knowledgeVersion?: string | null;
  latencyMs?: number | null;
  /** When it was asked; defaults to the log's clock. */
  askedAt?: Date;
}

/** Which operation swallowed an operational error. */
export type WriteOperation = 'record' | 'vote' | 'inbox';

/** Options of {@link openQuestionLog}. */
export interface QuestionLogOptions {
  /** Database file; parent folders are created. The app reads it from `COBRIDGE_DB`. */
  path: string;
  /** Secret mixed into every user hash; keep it stable or users can no longer be correlated. */
  salt: string;
  /** Rows older than this many days are deleted on open and by `prune()`; default 90. */
  retentionDays?: number;
  /** Store the question text; `false` stores NULL (stats still work, misses see nothing). Default true. */
  storeText?: boolean;
  /** How long a write waits for another connection's lock, in ms; default 5000. */
  busyTimeoutMs?: number;
  /** Clock, for tests. */
  now?: () => Date;
  /** Receives the disk-full / locked / I/O errors that `record` and `vote` swallow. */
  onError?: (error: Error, operation: WriteOperation) => void;
}

/** Questions asked on one UTC day. */
export interface DayCount {
  day: string;
  count: number;
}

/** Questions recorded with one topic id. */
export interface TopicCount {
  topicId: string;
  count: number;
}

/** Summary of the last `days` UTC days (today included). */
export interface QuestionStats {
  from: string;
  to: string;
  total: number;
  /** One entry per day, oldest first, zero days included. */
  perDay: DayCount[];
  byOutcome: Record<Outcome, number>;
  /** Fractions of `total` (0 when there are no questions); declined = `unknown` + `limited`. */
  share: { answered: number; clarified: number; declined: number; errored: number };
  topTopics: TopicCount[];
  /** Votes on the questions of the window. */
  feedback: { up: number; down: number; balance: number };
}

/** Questions the bot could not serve well, grouped by normalised text. */
export interface Miss {
  /** Normalised text: lowercase, whitespace collapsed. */
  question: string;
  count: number;
  lastAskedAt: string;
  /** Distinct outcomes seen in the group, in {@link OUTCOMES} order. */
  outcomes: Outcome[];
  downVotes: number;
  /** Topic id of the latest occurrence that had one (the nearest topic for declined questions). */
  topicId: string | null;
}
