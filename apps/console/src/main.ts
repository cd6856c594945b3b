#!/usr/bin/env node
import { createInterface } from 'node:readline';
import {
  createLogger,
  createServices,
  parseRuntimeEnv,
  questionLogPath,
  useProjectSettings,
  type RuntimeEnv,
} from '@cobridge/advisor-runtime';
import { ConsoleSession, greeting } from './console-session.js';
import { knowledgeWarning } from './knowledge-warning.js';

// The console advisor: the default when no Slack or Discord token is set. Works interactively and with piped input.
// It reads the same settings as the bots; it logs questions only when COBRIDGE_DB or COBRIDGE_DATA_DIR is set, and
// reloads edited knowledge.
let env: RuntimeEnv;
try {
  useProjectSettings();
  env = parseRuntimeEnv(process.env, 'The Cobridge console');
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
const explicitDb = process.env.COBRIDGE_DB?.trim() || process.env.COBRIDGE_DATA_DIR?.trim() ? questionLogPath(env) : null;
const interactive = Boolean(process.stdin.isTTY);
const services = await createServices({
  platform: 'console',
  dbPath: explicitDb,
  logText: env.COBRIDGE_LOG_TEXT,
  logDays: env.COBRIDGE_LOG_DAYS,
  ...(env.COBRIDGE_HASH_SALT ? { hashSalt: env.COBRIDGE_HASH_SALT } : {}),
  ...(env.COBRIDGE_KNOWLEDGE_DIR ? { knowledgeDir: env.COBRIDGE_KNOWLEDGE_DIR } : {}),
  rateLimit: { perMinute: 0 },
  watch: true,
  // The console prints its own notices; its JSON log shows errors unless COBRIDGE_LOG_LEVEL asks for more.
  logger: createLogger({ level: process.env.COBRIDGE_LOG_LEVEL ? env.COBRIDGE_LOG_LEVEL : 'error' }),
});
const problems = services.knowledgeProblems();
if (problems) process.stderr.write(knowledgeWarning(problems, services.advisor().version));
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
