import { redact, redactText } from './redact.js';

/** Log levels, least to most severe. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A structured logger; every line is redacted before it is written. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/** Where log lines go: anything with a `write(line)` method (stderr by default). */
export interface LogStream {
  write(line: string): unknown;
}

/** Creates a JSON-lines logger that never writes a secret (token-shaped values, the given secrets and secret-named fields are redacted). */
export function createLogger(
  options: { level?: LogLevel; stream?: LogStream; base?: Record<string, unknown>; secrets?: readonly (string | undefined)[] } = {},
): Logger {
  const stream = options.stream ?? process.stderr;
  const min = LOG_LEVELS.indexOf(options.level ?? 'info');
  const base = options.base ?? {};
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length > 0);
  const write = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (LOG_LEVELS.indexOf(level) < min) return;
    const record = {
      time: new Date().toISOString(),
      level,
      msg: redactText(message, secrets),
      ...(redact({ ...base, ...fields }, secrets) as object),
    };
    stream.write(`${JSON.stringify(record)}\n`);
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (fields) => createLogger({ ...options, stream, base: { ...base, ...fields } }),
  };
}

/** A logger that discards everything (the default for libraries and tests). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
