#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { loadAdvisor, type Advisor } from '@cobridge/policy-knowledge';
import { toAnswerJson } from './answer-json.js';
import { parseAskArgs, type AskArgs } from './parse-args.js';
import { renderText } from './render-text.js';

// `pnpm ask "question"` prints the answer a person reads; `--json` answers stdin line by line as JSON Lines.
let args: AskArgs;
try {
  args = parseAskArgs(process.argv.slice(2));
} catch (error) {
  console.error(`ask: ${(error as Error).message}`);
  process.exit(2);
}
const advisor = await loadAdvisor();
if (args.json) await answerLines(advisor, args);
else if (args.question) console.log(renderText(advisor.ask(args.question, audienceOf(args))));
else {
  console.error('Usage: pnpm ask "your question" [--audience teacher|enterprise]\n       pnpm --silent ask --json < questions.txt');
  process.exitCode = 2;
}

async function answerLines(advisor: Advisor, args: AskArgs): Promise<void> {
  const questions = args.question ? [args.question] : createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of questions) {
    const ok = process.stdout.write(`${JSON.stringify(toAnswerJson(line, advisor.ask(line, audienceOf(args))))}\n`);
    if (!ok) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

function audienceOf(args: AskArgs) {
  return args.audience ? { audience: args.audience } : {};
}
