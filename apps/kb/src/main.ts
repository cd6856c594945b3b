#!/usr/bin/env node
import { useProjectSettings } from '@cobridge/advisor-runtime/settings';
import { readKbEnv, type KbEnv } from './env.js';
import { runKb } from './run-kb.js';

// `pnpm kb …`: the admins' knowledge command line. Every command and option is listed by `pnpm kb help`.
// `pnpm kb export-training | head` closes stdout early: that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
let env: KbEnv;
try {
  useProjectSettings();
  env = readKbEnv();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
process.exitCode = await runKb(process.argv.slice(2), env);
