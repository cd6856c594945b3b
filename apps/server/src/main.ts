#!/usr/bin/env node
import module from 'node:module';

// `cobridge [start|ask|kb|eval|healthcheck] …`: the one entry point of an installed Cobridge (`pnpm start`, the
// container and the service unit all come through here). No build step and no dev tools are needed.
// Node 22.1+ keeps the compiled code of every module loaded after this line (in the system's temporary folder), so
// later starts skip compiling it; Node 20 has no such cache and simply goes on. The commands are imported after it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { runCommand } = await import('./run-command.js');
const code = await runCommand(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
