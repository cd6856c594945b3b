import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_EVAL_DIR, parseJsonl } from '@cobridge/policy-knowledge';
import { createServices, silentLogger, type AskOutcome, type Services } from '../src/index.js';

const followUpSchema = z.object({ previous: z.string(), text: z.string(), intent: z.string() });

const followUps = readFileSync(join(DEFAULT_EVAL_DIR, 'follow-ups.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, i) => {
    const row = followUpSchema.safeParse(JSON.parse(line));
    if (!row.success) throw new Error(`follow-ups.jsonl:${i + 1}: expected {"previous", "text", "intent"} strings`);
    return row.data;
  });
const situations = parseJsonl(readFileSync(join(DEFAULT_EVAL_DIR, 'situations.jsonl'), 'utf8'), 'situations.jsonl');

const topicOf = (outcome: AskOutcome) =>
  outcome.kind === 'result' && outcome.result.kind === 'answer' ? outcome.result.topic.id : undefined;

let services: Services;
beforeAll(async () => {
  services = await createServices({ platform: 'console', dbPath: null, rateLimit: { perMinute: 0 }, logger: silentLogger });
});
afterAll(() => services.close());

describe('conversation evaluation set', () => {
  it('resolves follow-ups against the previous topic in at least 80% of conversations', () => {
    const resolved = followUps.filter((c, i) => {
      const conversationId = `eval-${i}`;
      services.ask({ platform: 'console', userId: 'eval', text: c.previous, audience: 'teacher', conversationId });
      return topicOf(services.ask({ platform: 'console', userId: 'eval', text: c.text, audience: 'teacher', conversationId })) === c.intent;
    });
    expect(followUps.length).toBeGreaterThanOrEqual(15);
    expect(resolved.length / followUps.length).toBeGreaterThanOrEqual(0.8);
  });

  it('answers people describing their own situation with the right topic in at least 75% of cases', () => {
    const right = situations.filter(
      (s) => topicOf(services.ask({ platform: 'console', userId: 'eval', text: s.text, audience: 'teacher' })) === s.intent,
    );
    expect(situations.length).toBeGreaterThanOrEqual(10);
    expect(right.length / situations.length).toBeGreaterThanOrEqual(0.75);
  });

  it('does not carry a topic into a different conversation', () => {
    services.ask({
      platform: 'console',
      userId: 'eval',
      text: 'who pays injury insurance for a teacher on leave?',
      audience: 'teacher',
      conversationId: 'a',
    });
    const elsewhere = services.ask({
      platform: 'console',
      userId: 'eval',
      text: 'what about the enterprise?',
      audience: 'teacher',
      conversationId: 'b',
    });
    expect(topicOf(elsewhere)).not.toBe('leave.injury-insurance');
  });
});
