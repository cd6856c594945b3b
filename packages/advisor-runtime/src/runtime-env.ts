import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { ServicesOptions } from './services.js';

const idList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  );

/** Settings every app shares (question log, limits); apps extend this schema with their platform's tokens. */
export const runtimeEnvShape = {
  COBRIDGE_DATA_DIR: z.string().min(1).optional(),
  COBRIDGE_DB: z.string().min(1).optional(),
  XDG_DATA_HOME: z.string().min(1).optional(),
  COBRIDGE_LOG_DAYS: z.coerce.number().int().positive().default(90),
  COBRIDGE_LOG_TEXT: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  COBRIDGE_HASH_SALT: z.string().min(16, 'must be at least 16 characters').optional(),
  COBRIDGE_RATE_LIMIT: z.coerce.number().int().min(0).default(6),
  COBRIDGE_KNOWLEDGE_DIR: z.string().min(1).optional(),
  COBRIDGE_INBOX_MAX_AGE_MINUTES: z.coerce.number().positive().default(15),
  COBRIDGE_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  COBRIDGE_HEALTH_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).optional(),
  COBRIDGE_HEALTH_HOST: z.string().min(1).optional(),
};

/** The parsed shared settings. */
export type RuntimeEnv = z.infer<z.ZodObject<typeof runtimeEnvShape>>;

/** Parses a comma-separated list of user ids (for the admin lists). */
export const userIdListSchema = idList;

/** The data folder: `COBRIDGE_DATA_DIR`, else `$XDG_DATA_HOME/cobridge`, else `~/.local/share/cobridge` (absolute). */
export function dataDir(env: Pick<RuntimeEnv, 'COBRIDGE_DATA_DIR' | 'XDG_DATA_HOME'>): string {
  return resolve(env.COBRIDGE_DATA_DIR ?? join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'cobridge'));
}

/** The question log file: `COBRIDGE_DB` when set (`off`: no log, null), else `cobridge.db` in the data folder. */
export function questionLogPath(env: Pick<RuntimeEnv, 'COBRIDGE_DB' | 'COBRIDGE_DATA_DIR' | 'XDG_DATA_HOME'>): string | null {
  if (env.COBRIDGE_DB === 'off') return null;
  return env.COBRIDGE_DB === undefined ? join(dataDir(env), 'cobridge.db') : resolve(env.COBRIDGE_DB);
}

/** Maps the shared settings onto createServices options (the app adds platform and admins). */
export function servicesOptionsFromEnv(env: RuntimeEnv): Omit<ServicesOptions, 'platform'> {
  return {
    dbPath: questionLogPath(env),
    logText: env.COBRIDGE_LOG_TEXT,
    logDays: env.COBRIDGE_LOG_DAYS,
    ...(env.COBRIDGE_HASH_SALT ? { hashSalt: env.COBRIDGE_HASH_SALT } : {}),
    rateLimit: { perMinute: env.COBRIDGE_RATE_LIMIT },
    ...(env.COBRIDGE_KNOWLEDGE_DIR ? { knowledgeDir: env.COBRIDGE_KNOWLEDGE_DIR } : {}),
    watch: true,
    inboxMaxAgeMs: env.COBRIDGE_INBOX_MAX_AGE_MINUTES * 60_000,
    ...(env.COBRIDGE_HEALTH_PORT === undefined ? {} : { healthPort: env.COBRIDGE_HEALTH_PORT }),
    ...(env.COBRIDGE_HEALTH_HOST ? { healthHost: env.COBRIDGE_HEALTH_HOST } : {}),
  };
}

/** One problem with one environment variable (a zod issue, or a rule that spans variables). */
export interface EnvIssue {
  path: PropertyKey[];
  code: string;
  message: string;
}

/** Formats environment problems as one line per variable, naming it but never echoing its value. */
export function describeEnvError(
  problems: z.ZodError | readonly EnvIssue[],
  appName: string,
  hint = 'See .env.example for every setting.',
): string {
  const issues: readonly EnvIssue[] = problems instanceof z.ZodError ? problems.issues : problems;
  const lines = issues.map((issue) => {
    const name = String(issue.path[0] ?? '(environment)');
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return `  - ${name}: ${missing ? 'is missing' : issue.message}`;
  });
  return `${appName} cannot start: the environment is incomplete or invalid.\n${lines.join('\n')}\n${hint}`;
}

/** Thrown when the shared settings are invalid; the message names every bad variable and never a value. */
export class RuntimeEnvError extends Error {
  override readonly name = 'RuntimeEnvError';
}

/** Parses only the shared COBRIDGE_* settings (console, `ask`, `kb`); empty values count as unset. */
export function parseRuntimeEnv(source: NodeJS.ProcessEnv, appName: string): RuntimeEnv {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = z.object(runtimeEnvShape).safeParse(present);
  if (!parsed.success) throw new RuntimeEnvError(describeEnvError(parsed.error, appName));
  return parsed.data;
}
