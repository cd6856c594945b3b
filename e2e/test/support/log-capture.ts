import { createLogger, type Logger, type LogLevel } from '@cobridge/advisor-runtime';

/** A logger that keeps every JSON line it writes, for tests that read the logs. */
export interface CapturedLogger {
  logger: Logger;
  lines: string[];
  /** The lines at `level`. */
  at(level: LogLevel): string[];
}

/** Creates the app's real (redacting) logger writing into memory instead of stderr. */
export function captureLogger(level: LogLevel = 'info'): CapturedLogger {
  const lines: string[] = [];
  const logger = createLogger({ level, stream: { write: (line: string) => lines.push(line) } });
  return { logger, lines, at: (wanted) => lines.filter((line) => line.includes(`"level":"${wanted}"`)) };
}
