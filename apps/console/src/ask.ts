#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { parseRuntimeEnv, useProjectSettings, type RuntimeEnv } from '@cobridge/advisor-runtime/settings';
import { formatIssue, loadServingAdvisor, type Advisor, type AdvisorResult } from '@cobridge/policy-knowledge/serve';
import type { ConversationMemory } from '@cobridge/advisor-runtime';
import { toAnswerJson } from './answer-json.js';
import { parseAskLine } from './ask-input.js';
import { knowledgeWarning } from './knowledge-warning.js';
import { parseAskArgs, type AskArgs } from './parse-args.js';
import { renderText } from './render-text.js';

// `pnpm ask "question"` prints the answer a person reads; `--json` answers stdin line by line as JSON Lines.
// Broken knowledge files never block it: it answers from the last good version and says so on stderr.
let args: AskArgs;
let env: RuntimeEnv;
try {
  args = parseAskArgs(process.argv.slice(2));
  useProjectSettings();
  env = parseRuntimeEnv(process.env, 'ask');
} catch (error) {
  console.error(`ask: ${(error as Error).message}`);
  process.exit(2);
}
const serving = await loadServingAdvisor(env.COBRIDGE_KNOWLEDGE_DIR ? { knowledgeDir: env.COBRIDGE_KNOWLEDGE_DIR } : {});
if (serving.fallback) process.stderr.write(knowledgeWarning(serving.fallback.errors.map(formatIssue), serving.advisor.version));
const advisor = serving.advisor;
if (args.json) await answerLines(advisor, args);
else if (args.question) console.log(renderText(advisor.ask(args.question, audienceOf(args))));
else {
  console.error('Usage: pnpm ask "your question" [--audience teacher|enterprise]\n       pnpm --silent ask --json < questions.txt');
  process.exitCode = 2;
}

/** Answers stdin line by line: plain text, or `{"question","conversation"?,"audience"?}`; a conversation's lines are read in order. */
async function answerLines(advisor: Advisor, args: AskArgs): Promise<void> {
  const questions = args.question ? [args.question] : createInterface({ input: process.stdin, crlfDelay: Infinity });
  // The runtime (follow-ups) loads only for lines that carry a conversation, so a one-shot answer starts faster.
  let memory: ConversationMemory | undefined;
  let lineNumber = 0;
  for await (const line of questions) {
    lineNumber++;
    let output: unknown;
    try {
      const input = parseAskLine(line);
      const audience = input.audience ?? args.audience ?? 'teacher';
      let result: AdvisorResult;
      if (input.conversation) {
        const runtime = await import('@cobridge/advisor-runtime');
        memory ??= new runtime.ConversationMemory();
        result = runtime.resolveQuestion(advisor, memory, { text: input.question, audience, conversationId: input.conversation });
      } else result = advisor.ask(input.question, { audience: input.audience ?? args.audience });
      output = toAnswerJson(input.question, result);
    } catch (error) {
      output = { question: line, kind: 'error', error: `line ${lineNumber}: ${(error as Error).message}` };
    }
    const ok = process.stdout.write(`${JSON.stringify(output)}\n`);
    if (!ok) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

function audienceOf(args: AskArgs) {
  return args.audience ? { audience: args.audience } : {};
}
