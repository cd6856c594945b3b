import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '@cobridge/advisor-runtime';

const ORDER: LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

function describePart(part: unknown): string {
  if (part instanceof Error) return part.message;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part); // circular objects
  }
}

/** Bolt's logger interface on top of the shared (redacting) logger; Bolt's own chatter starts at `level`. */
export function toBoltLogger(logger: Logger, initialLevel: LogLevel): BoltLogger {
  let level = initialLevel;
  let name = 'bolt';
  const write = (at: LogLevel, method: 'debug' | 'info' | 'warn' | 'error', parts: unknown[]): void => {
    if (ORDER.indexOf(at) < ORDER.indexOf(level)) return;
    // Errors among the parts are also passed whole, so their stack and cause reach the (redacting) logger.
    const errors = parts.filter((part): part is Error => part instanceof Error);
    logger[method](parts.map(describePart).join(' '), { source: name, ...(errors.length > 0 ? { error: errors[0] } : {}) });
  };
  return {
    debug: (...parts) => write(LogLevel.DEBUG, 'debug', parts),
    info: (...parts) => write(LogLevel.INFO, 'info', parts),
    warn: (...parts) => write(LogLevel.WARN, 'warn', parts),
    error: (...parts) => write(LogLevel.ERROR, 'error', parts),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
