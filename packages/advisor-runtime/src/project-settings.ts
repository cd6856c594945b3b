import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where the settings of this run came from. */
export interface ProjectSettings {
  /** The project folder: relative paths in the settings (COBRIDGE_DB, COBRIDGE_KNOWLEDGE_DIR, …) start here. */
  projectDir: string;
  /** The `.env` file that was read, or undefined when there is none. */
  envFile: string | undefined;
}

/** The nearest folder at or above `from` that holds `pnpm-workspace.yaml` (the repository root), else `from`. */
export function findProjectDir(from: string = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) return resolve(from);
  }
}

/**
 * Every entry point's first step: reads the project's `.env` (or the file named by COBRIDGE_ENV_FILE) into the
 * environment — variables already set win — and makes the project folder the working directory, so `pnpm start`,
 * a filtered `pnpm --filter … start`, `kb` and a service manager all see the same settings and the same data folder.
 */
export function useProjectSettings(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ProjectSettings {
  const projectDir = findProjectDir(cwd);
  const named = env.COBRIDGE_ENV_FILE?.trim();
  const envFile = named ? resolve(cwd, named) : join(projectDir, '.env');
  const found = existsSync(envFile);
  if (named && !found) throw new Error(`COBRIDGE_ENV_FILE names a file that does not exist: ${named}`);
  if (found) process.loadEnvFile(envFile);
  if (process.cwd() !== projectDir) process.chdir(projectDir);
  return { projectDir, envFile: found ? envFile : undefined };
}
