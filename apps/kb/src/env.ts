import { DEFAULT_KNOWLEDGE_DIR } from '@cobridge/policy-knowledge';
import { parseRuntimeEnv, questionLogPath } from '@cobridge/advisor-runtime/settings';

/** The settings kb shares with the bots, read from the environment. */
export interface KbEnv {
  /** `COBRIDGE_KNOWLEDGE_DIR`, else the knowledge shipped with the package. */
  knowledgeDir: string;
  /** The bots' question log: `COBRIDGE_DB`, else `cobridge.db` in `COBRIDGE_DATA_DIR` (`off` means the log is turned off). */
  dbPath: string;
  /** `EDITOR`: what `kb review` opens a file to edit with, when the terminal is interactive. */
  editor: string | undefined;
}

/** Reads and validates the settings kb shares with the bots (the only place kb reads `process.env`). */
export function readKbEnv(env: NodeJS.ProcessEnv = process.env): KbEnv {
  const parsed = parseRuntimeEnv(env, 'kb');
  return {
    knowledgeDir: parsed.COBRIDGE_KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR,
    dbPath: questionLogPath(parsed) ?? 'off',
    editor: env.EDITOR || undefined,
  };
}
