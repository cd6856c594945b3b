import { DEFAULT_KNOWLEDGE_DIR } from '@cobridge/policy-knowledge';
import { runtimeEnvShape } from '@cobridge/advisor-runtime';

/** The settings kb shares with the bots, read from the environment. */
export interface KbEnv {
  /** `COBRIDGE_KNOWLEDGE_DIR`, else the knowledge shipped with the package. */
  knowledgeDir: string;
  /** `COBRIDGE_DB`, else the bots' default database path (`off` means the log is turned off). */
  dbPath: string;
}

/** Reads the settings kb shares with the bots (the only place kb reads `process.env`). */
export function readKbEnv(env: NodeJS.ProcessEnv = process.env): KbEnv {
  return {
    knowledgeDir: env.COBRIDGE_KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR,
    dbPath: runtimeEnvShape.COBRIDGE_DB.parse(env.COBRIDGE_DB || undefined),
  };
}
