#!/usr/bin/env node
import { runCommand } from './run-command.js';

// `cobridge [start|ask|kb|eval|healthcheck] …`: the one entry point of an installed Cobridge (`pnpm start`, the
// container and the service unit all come through here). No build step and no dev tools are needed.
const code = await runCommand(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
