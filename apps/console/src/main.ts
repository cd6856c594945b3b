#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { createLogger, createServices } from '@cobridge/advisor-runtime';
import { ConsoleSession, greeting } from './console-session.js';

// The console advisor: the default when no Slack or Discord token is set. Works interactively and with piped input.
const interactive = Boolean(process.stdin.isTTY);
const services = await createServices({
  platform: 'console',
  dbPath: null,
  rateLimit: { perMinute: 0 },
  logger: createLogger({ level: 'warn' }),
});
const session = new ConsoleSession(services);
console.log(greeting(services.advisor().version));
const lines = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
const prompt = () => interactive && lines.prompt();
lines.setPrompt('\nyou> ');
prompt();
for await (const line of lines) {
  if (!line.trim()) {
    prompt();
    continue;
  }
  if (!interactive) console.log(`\nyou> ${line}`);
  const reply = session.respond(line);
  if (reply === undefined) break;
  console.log(`\ncobridge> ${reply}`);
  prompt();
}
lines.close();
await services.close();
console.log('\nGoodbye.');
