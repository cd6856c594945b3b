#!/usr/bin/env node
// `pnpm start`: runs the Slack bot when SLACK_BOT_TOKEN is set, the Discord bot when DISCORD_TOKEN is set (both
// when both are), and the console advisor when neither is. Each app validates its own settings at start-up.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

if (typeof process.loadEnvFile === 'function' && existsSync('.env')) process.loadEnvFile('.env');
const app = (name) => fileURLToPath(new URL(`../apps/${name}/dist/main.js`, import.meta.url));
const bots = [
  process.env.SLACK_BOT_TOKEN ? app('slack-bot') : undefined,
  process.env.DISCORD_TOKEN ? app('discord-bot') : undefined,
].filter(Boolean);
const entries = bots.length > 0 ? bots : [app('console')];

// A small young generation keeps the resident memory of a long-running advisor under 100 MB (docs/benchmarks.md).
const NODE_FLAGS = ['--enable-source-maps', '--max-semi-space-size=4'];
const children = entries.map((entry) => spawn(process.execPath, [...NODE_FLAGS, entry], { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => children.forEach((child) => child.kill(signal)));
}
let failed = 0;
await Promise.all(
  children.map((child) => new Promise((resolve) => child.on('exit', (code) => resolve((failed ||= code ?? 0))))),
);
process.exitCode = failed;
