import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { Logger } from './logger.js';

/** The service's Prometheus metrics, in a registry of their own (so several services can share a process). */
export interface Metrics {
  registry: Registry;
  /** Questions by platform and outcome (answer, clarify, unknown, refuse, limited). */
  questions: Counter<'platform' | 'outcome'>;
  /** Time from a question to its result, by platform. */
  answerSeconds: Histogram<'platform'>;
  /** Knowledge reloads by result (ok, refused). */
  reloads: Counter<'result'>;
  /** Questions refused by the per-user rate limit, by platform. */
  rateLimited: Counter<'platform'>;
  /** Errors logged by the service (failed handlers, client errors, failed log writes). */
  errors: Counter;
}

/** Creates the metrics, with Node's process metrics (memory, CPU, event-loop lag) under the `cobridge_` prefix. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cobridge_' });
  const registers = [registry];
  return {
    registry,
    questions: new Counter({
      name: 'cobridge_questions_total',
      help: 'Questions by platform and outcome.',
      labelNames: ['platform', 'outcome'],
      registers,
    }),
    answerSeconds: new Histogram({
      name: 'cobridge_answer_seconds',
      help: 'Time from a question to its result, in seconds.',
      labelNames: ['platform'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    }),
    reloads: new Counter({
      name: 'cobridge_knowledge_reloads_total',
      help: 'Knowledge reloads by result.',
      labelNames: ['result'],
      registers,
    }),
    rateLimited: new Counter({
      name: 'cobridge_rate_limited_total',
      help: 'Questions refused by the rate limit.',
      labelNames: ['platform'],
      registers,
    }),
    errors: new Counter({ name: 'cobridge_errors_total', help: 'Errors logged by the service.', registers }),
  };
}

/** Wraps a logger so every `error` line also counts in `cobridge_errors_total`. */
export function countingErrors(logger: Logger, errors: Counter): Logger {
  return {
    debug: (message, fields) => logger.debug(message, fields),
    info: (message, fields) => logger.info(message, fields),
    warn: (message, fields) => logger.warn(message, fields),
    error: (message, fields) => {
      errors.inc();
      logger.error(message, fields);
    },
    child: (fields) => countingErrors(logger.child(fields), errors),
  };
}
