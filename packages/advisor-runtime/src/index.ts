export {
  createServices,
  DEFAULT_INBOX_MAX_AGE_MS,
  PRUNE_INTERVAL_MS,
  type Services,
  type ServicesOptions,
  type AskInput,
  type AskOutcome,
  type Refusal,
  type Platform,
} from './services.js';
export { LiveAdvisor, type ReloadResult } from './live-advisor.js';
export { createLogger, silentLogger, LOG_LEVELS, type Logger, type LogLevel, type LogStream } from './logger.js';
export { redact, redactText } from './redact.js';
export { RateLimiter, DEFAULT_QUESTIONS_PER_MINUTE, type RateDecision } from './rate-limiter.js';
export { ConversationMemory, looksLikeFollowUp, audienceCue, isAudienceSwitch, FOLLOW_UP_TTL_MS } from './follow-up.js';
export { resolveQuestion } from './resolve-question.js';
export {
  runtimeEnvShape,
  parseRuntimeEnv,
  RuntimeEnvError,
  servicesOptionsFromEnv,
  dataDir,
  questionLogPath,
  describeEnvError,
  userIdListSchema,
  type RuntimeEnv,
  type EnvIssue,
} from './runtime-env.js';
export { formatStats, formatMisses } from './format-admin.js';
export { formatSources } from './format-sources.js';
export { sanitizeQuestion, MAX_QUESTION_LENGTH } from '@cobridge/policy-knowledge';
export { BLIND_SETS, evaluateBlindSet, loadBlindSet, type BlindReport, type BlindSet } from './blind-eval.js';
export type { Inbox, InboxRecovery, PendingQuestion } from '@cobridge/question-log';
export { useProjectSettings, findProjectDir, type ProjectSettings } from './project-settings.js';
export { createMetrics, countingErrors, type Metrics } from './metrics.js';
export { handleHealthRequest, startHealthServer, HEALTH_PATHS, type HealthSource } from './health.js';
