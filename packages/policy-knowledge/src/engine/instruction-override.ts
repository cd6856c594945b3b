import { anyOf } from '../understand/word-pattern.js';

// "Ignore all your previous instructions…", "disregard your rules…": an attempt to replace what the bot was told.
const DROP = anyOf(['ignore', 'disregard', 'forget', 'override', 'bypass']);
const WHOSE = anyOf(['your', 'the', 'these', 'those', 'previous', 'prior', 'earlier', 'above']);
const TOLD = anyOf(['instructions', 'prompts?', 'guardrails', 'system message']);
const OVERRIDE = new RegExp(
  String.raw`\b${DROP}\s+(?:all\s+|any\s+|every\s+)?(?:of\s+)?(?:${WHOSE}\b.{0,30}?\b${TOLD}|your (?:rules|guidelines|restrictions))\b`,
  'i',
);
// "print your system prompt", "give me any API keys you have": what the bot keeps to itself.
const KEPT = [
  'system prompt',
  '(?:api|secret|signing|private) keys?',
  '(?:access|bot|auth|api|slack|discord) tokens?',
  'credentials',
  'passwords?',
  'env(?:ironment)? var(?:iable)?s?',
  'your (?:instructions|prompt|configuration|config)',
];
const SECRETS = new RegExp(String.raw`\b${anyOf(KEPT)}\b`, 'i');
const SAY = ['print', 'show', 'reveal', 'tell', 'give', 'output', 'dump', 'leak', 'repeat', 'list', 'paste', 'share', 'send'];
const DISCLOSE = new RegExp(String.raw`\b${anyOf([...SAY, 'display', 'expose', 'what (?:is|are)'])}\b`, 'i');

/** True when a message tries to override the bot's instructions or make it disclose its prompt, keys or tokens. */
export function asksToOverrideOrDisclose(question: string): boolean {
  return OVERRIDE.test(question) || (SECRETS.test(question) && DISCLOSE.test(question));
}
