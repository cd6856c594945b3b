import { DEFAULT_KNOWLEDGE_DIR } from '@cobridge/policy-knowledge';
import { questionLogPath } from '@cobridge/advisor-runtime';

/** The settings kb shares with the bots, read from the environment. */
export interface KbEnv {
  /** `COBRIDGE_KNOWLEDGE_DIR`, else the knowledge shipped with the package. */
  knowledgeDir: string;
  /** The bots' question log: `COBRIDGE_DB`, else `cobridge.db` in `COBRIDGE_DATA_DIR` (`off` means the log is turned off). */
  dbPath: string;
}

/** Reads the settings kb shares with the bots (the only place kb reads `process.env`). */
export function readKbEnv(env: NodeJS.ProcessEnv = process.env): KbEnv {
  return {
    knowledgeDir: env.COBRIDGE_KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR,
    dbPath:
      questionLogPath({
        COBRIDGE_DB: env.COBRIDGE_DB || undefined,
        COBRIDGE_DATA_DIR: env.COBRIDGE_DATA_DIR || undefined,
        XDG_DATA_HOME: env.XDG_DATA_HOME || undefined,
      }) ?? 'off',
  };
}
