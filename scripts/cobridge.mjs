#!/usr/bin/env node
// `pnpm start`, `pnpm ask`, `pnpm kb`, `pnpm eval`: builds only when a source changed (scripts/ensure-built.mjs), then
// runs the command in this same process through the production entry point (apps/server).
import { ensureBuilt } from './ensure-built.mjs';

if (!ensureBuilt()) process.exit(1);
await import('../apps/server/dist/main.js');
