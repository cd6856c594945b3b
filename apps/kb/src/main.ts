#!/usr/bin/env node
import { runKb } from './run-kb.js';

// `pnpm kb …`: the admins' knowledge command line. Every command and option is listed by `pnpm kb help`.
// `pnpm kb export-training | head` closes stdout early: that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await runKb(process.argv.slice(2));
