import {
  createMemoryInbox,
  isDatabaseWritable,
  openQuestionLog,
  type Inbox,
  type Miss,
  type QuestionLog,
  type QuestionStats,
} from '@cobridge/question-log';
import { DEFAULT_KNOWLEDGE_DIR, isSmallTalk, type AdvisorResult, type Advisor, type Audience } from '@cobridge/policy-knowledge';
import { installationSalt } from './installation-salt.js';
import { LiveAdvisor, type ReloadResult } from './live-advisor.js';
import { createLogger, type Logger } from './logger.js';
import { countingErrors, createMetrics, type Metrics } from './metrics.js';
import { startHealthServer, type HealthSource } from './health.js';
import { RateLimiter, DEFAULT_QUESTIONS_PER_MINUTE } from './rate-limiter.js';
import { ConversationMemory } from './follow-up.js';
import { resolveQuestion } from './resolve-question.js';

/** The chat surface a question came from. */
export type Platform = 'slack' | 'discord' | 'console';

/** A question as a chat surface hands it over (already stripped of its platform's markup). */
export interface AskInput {
  platform: Platform;
  userId: string;
  text: string;
  audience: Audience;
  conversationId?: string;
}

/** The advisor's result with its log id, or a rate-limit refusal. */
export type AskOutcome =
  | { kind: 'result'; result: AdvisorResult; recordId: number | null }
  | { kind: 'limited'; retryAfterSeconds: number; notify: boolean };

/** A rate-limit refusal: how long to wait, and whether to tell the user (once per window). */
export interface Refusal {
  retryAfterSeconds: number;
  notify: boolean;
}

/** Options for {@link createServices}; the app maps its environment onto these. */
export interface ServicesOptions {
  platform: Platform;
  /** SQLite file of the question log; `null` runs without a log. */
  dbPath?: string | null;
  logText?: boolean;
  logDays?: number;
  hashSalt?: string;
  rateLimit?: { perMinute: number };
  /** Admins: `workspace:user` pairs (team or guild id, then user id), or bare user ids for the home workspace. */
  admins?: string[];
  /** The workspace bare admin ids belong to (Discord: DISCORD_GUILD_ID); callers may pass it per check instead. */
  adminWorkspace?: string;
  knowledgeDir?: string;
  modelPath?: string;
  /** The last good snapshot of the knowledge (default: see lastGoodDirFor). */
  lastGoodDir?: string;
  logger?: Logger;
  /** Reload the knowledge when its files change. */
  watch?: boolean;
  /** After a crash, unanswered questions younger than this are answered; older ones are recorded as missed. */
  inboxMaxAgeMs?: number;
  /** Serve /healthz, /readyz and /metrics on this port (COBRIDGE_HEALTH_PORT); 0 picks a free one. */
  healthPort?: number;
  /** Interface of the health port (default: all interfaces). */
  healthHost?: string;
}

/** Default age up to which a question left unanswered by a crash is still answered after the restart. */
export const DEFAULT_INBOX_MAX_AGE_MS = 15 * 60_000;

/** How often the retention period is applied while running. */
export const PRUNE_INTERVAL_MS = 60 * 60_000;

/** What every chat surface shares: the live advisor, the question log, limits, admins and the logger. */
export interface Services {
  logger: Logger;
  advisor(): Advisor;
  ask(input: AskInput): AskOutcome;
  /** Applies the user's rate limit to a tool command; a refusal is counted in the log (without any text). */
  admit(platform: Platform, userId: string): Refusal | undefined;
  vote(recordId: number, vote: 'up' | 'down', userId: string, platform: Platform): boolean;
  /**
   * True when `userId` acting in `workspaceId` (Slack team, Discord guild) is an admin: a `workspace:user` entry
   * must match both; a bare user id matches only in the home workspace (`homeWorkspace`, else the option
   * `adminWorkspace`; with neither, anywhere).
   */
  isAdmin(platform: Platform, userId: string, workspaceId: string | undefined, homeWorkspace?: string): boolean;
  reload(): Promise<ReloadResult>;
  /** The knowledge files' problems while the last good version serves instead; undefined when all is well. */
  knowledgeProblems(): readonly string[] | undefined;
  /** Prometheus metrics: questions, answer latency, reloads, rate-limited questions, errors. */
  metrics: Metrics;
  /** What /healthz, /readyz and /metrics report (see handleHealthRequest). */
  health: HealthSource;
  /** The port of the health server, when `healthPort` was given. */
  healthPort: number | undefined;
  stats(days?: number): QuestionStats | undefined;
  misses(days?: number): Miss[];
  /** The durable inbox (in memory when the question log is off). */
  inbox: Inbox;
  /** Age up to which a question left unanswered by a crash is answered after a restart. */
  inboxMaxAgeMs: number;
  /** Stops watching and pruning, waits for a running reload and the snapshot it writes, and closes the log. */
  close(): Promise<void>;
}

/** Loads the knowledge, opens the question log and wires limits, follow-ups and admin checks together. */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const metrics = createMetrics();
  const logger = countingErrors(options.logger ?? createLogger(), metrics.errors);
  const knowledgeDir = options.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR;
  const live = await LiveAdvisor.load(
    {
      knowledgeDir,
      ...(options.modelPath ? { modelPath: options.modelPath } : {}),
      ...(options.lastGoodDir ? { lastGoodDir: options.lastGoodDir } : {}),
    },
    logger,
    (ok) => metrics.reloads.inc({ result: ok ? 'ok' : 'refused' }),
  );
  const log = openLog(options, logger);
  const limiter = new RateLimiter(options.rateLimit?.perMinute ?? DEFAULT_QUESTIONS_PER_MINUTE);
  const memory = new ConversationMemory();
  const admins = new Set(options.admins ?? []);
  const stopWatching = options.watch ? live.watch(knowledgeDir) : undefined;
  const pruning = log ? setInterval(() => pruneLog(log, logger), PRUNE_INTERVAL_MS).unref() : undefined;
  const health: HealthSource = {
    knowledgeVersion: () => live.current.version,
    knowledgeProblems: () => live.problems,
    databaseWritable: () => (!options.dbPath ? undefined : options.dbPath === ':memory:' || isDatabaseWritable(options.dbPath)),
    metrics: async () => ({ contentType: metrics.registry.contentType, body: await metrics.registry.metrics() }),
  };
  const healthServer =
    options.healthPort === undefined ? undefined : await startHealthServer(health, options.healthPort, options.healthHost);
  logger.info('advisor ready', {
    platform: options.platform,
    knowledge: live.current.version,
    questionLog: Boolean(log),
    healthPort: healthServer?.port,
  });

  const admit = (platform: Platform, userId: string): Refusal | undefined => {
    const gate = limiter.take(`${platform}:${userId}`);
    if (gate.allowed) return undefined;
    metrics.rateLimited.inc({ platform });
    metrics.questions.inc({ platform, outcome: 'limited' });
    // Refused questions are counted, never stored with their text.
    log?.record({ platform, userId, question: '', outcome: 'limited' });
    return { retryAfterSeconds: gate.retryAfterSeconds, notify: gate.notify };
  };

  return {
    logger,
    advisor: () => live.current,
    admit,
    ask(input) {
      const started = performance.now();
      const refusal = admit(input.platform, input.userId);
      if (refusal) return { kind: 'limited', ...refusal };
      const conversationId = input.conversationId ? `${input.platform}:${input.conversationId}` : undefined;
      const result = resolveQuestion(live.current, memory, { text: input.text, audience: input.audience, conversationId });
      // Small talk ("hi", "thanks") is answered in kind and is no question: not logged, so never listed as missed.
      const recordId = isSmallTalk(result)
        ? null
        : (log?.record({
            platform: input.platform,
            userId: input.userId,
            question: result.question,
            // The log has no "refuse" outcome yet: a refusal is recorded as a decline with no topic.
            outcome: result.kind === 'refuse' ? 'unknown' : result.kind,
            topicId: primaryTopicId(result),
            confidence: result.kind === 'answer' ? result.confidence : (result.alternatives[0]?.confidence ?? null),
            knowledgeVersion: result.knowledgeVersion,
            latencyMs: performance.now() - started,
          }) ?? null);
      metrics.questions.inc({ platform: input.platform, outcome: result.kind });
      metrics.answerSeconds.observe({ platform: input.platform }, (performance.now() - started) / 1000);
      return { kind: 'result', result, recordId };
    },
    vote: (recordId, vote, userId, platform) => log?.vote(recordId, vote, log.hashUser(platform, userId)) ?? false,
    isAdmin(_platform, userId, workspaceId, homeWorkspace = options.adminWorkspace) {
      if (workspaceId !== undefined && admins.has(`${workspaceId}:${userId}`)) return true;
      return admins.has(userId) && (homeWorkspace === undefined || workspaceId === homeWorkspace);
    },
    reload: () => live.reload(),
    knowledgeProblems: () => live.problems,
    metrics,
    health,
    healthPort: healthServer?.port,
    stats: (days = 7) => log?.stats({ days }),
    misses: (days = 30) => log?.misses({ days }) ?? [],
    inbox: log?.inbox ?? createMemoryInbox(),
    inboxMaxAgeMs: options.inboxMaxAgeMs ?? DEFAULT_INBOX_MAX_AGE_MS,
    async close() {
      stopWatching?.();
      clearInterval(pruning);
      await live.idle();
      if (healthServer) await new Promise((resolve) => healthServer.close(resolve));
      log?.close();
    },
  };
}

/** The topic a result is about: the answered one, or the nearest one for clarifications and declines. */
function primaryTopicId(result: AdvisorResult): string | null {
  if (result.kind === 'answer') return result.topic.id;
  if (result.kind === 'clarify') return result.candidates[0]?.id ?? null;
  if (result.kind === 'refuse') return null;
  return result.nearest[0]?.id ?? null;
}

/** Applies the retention period; a failure is logged and retried at the next interval. */
function pruneLog(log: QuestionLog, logger: Logger): void {
  try {
    const removed = log.prune();
    if (removed > 0) logger.info('question log: removed questions past the retention period', { removed });
  } catch (error) {
    logger.error('question log: applying the retention period failed', { error });
  }
}

function openLog(options: ServicesOptions, logger: Logger): QuestionLog | undefined {
  if (!options.dbPath) return undefined;
  return openQuestionLog({
    path: options.dbPath,
    salt: options.hashSalt ?? installationSalt(options.dbPath),
    ...(options.logDays ? { retentionDays: options.logDays } : {}),
    storeText: options.logText ?? true,
    onError: (error, operation) => logger.error('question log write failed', { operation, error }),
  });
}
