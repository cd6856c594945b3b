import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, silentLogger, type Services } from '@cobridge/advisor-runtime';
import { ConsoleSession } from '@cobridge/console';
import { buildEventCallback, SLACK_TEST_IDS } from '@cobridge/testkit';
import { startDiscordBot, type RunningDiscordBot } from './support/discord-bot.js';
import { startSlackBot, type RunningSlackBot } from './support/slack-bot.js';

/** Golden questions from twelve different topics (worded as people asked them in the evaluation set). */
const GOLDEN = [
  'who issued this guidance?',
  'can i have a side job in a comapny while teaching?',
  'can i start my own company without quitting my teaching job?',
  'injury insurance who pays',
  'can i still get promoted to a higher title while on leave?',
  'do i still get paid while on leave?',
  'how long can i be on leave?',
  'can i come back early?',
  'what problems does school-enterprise cooperation have?',
  'what do companies want from school cooperation?',
  "what is the teachers' team co-construction mode?",
  'how to build a training base with an enterprise',
];

/** What both platforms must agree on: the topic shown and the clauses cited. */
interface Shown {
  topic: string | undefined;
  clauses: string[];
}

let slack: RunningSlackBot;
let discord: RunningDiscordBot;
let consoleServices: Services;
beforeAll(async () => {
  slack = await startSlackBot();
  discord = await startDiscordBot();
  consoleServices = await createServices({ platform: 'console', dbPath: null, rateLimit: { perMinute: 0 }, logger: silentLogger });
});
afterAll(async () => {
  await slack.close();
  await discord.close();
  consoleServices.close();
});

async function askSlack(question: string, index: number): Promise<Shown> {
  const ts = `1700004000.${String(index).padStart(6, '0')}`;
  const text = `<@${SLACK_TEST_IDS.botUser}> ${question}`;
  await slack.sender.event(
    buildEventCallback({ type: 'app_mention', user: SLACK_TEST_IDS.user, text, ts, channel: SLACK_TEST_IDS.channel }),
  );
  const post = slack.api.callsTo('chat.postMessage').find((c) => c.body.thread_ts === ts);
  const blocks = (post?.body.blocks ?? []) as { type: string; block_id?: string; text?: { text: string }; elements?: { text: string }[] }[];
  const citations = blocks.find((b) => b.block_id === 'citations')?.elements ?? [];
  return {
    topic: blocks.find((b) => b.type === 'header')?.text?.text,
    clauses: citations.flatMap((e) => [...(/clause ([\d.]+-\d+)/.exec(e.text)?.slice(1) ?? [])]),
  };
}

async function askDiscord(question: string): Promise<Shown> {
  const sent = discord.fake.slashCommand('ask', { question, audience: 'teacher' });
  const call = await discord.fake.waitForResponse(sent);
  const embed = (call.body as { data: { embeds: { title?: string; fields?: { name: string }[] }[] } }).data.embeds[0];
  return {
    topic: embed?.title?.replace(/\\(.)/gu, '$1'),
    clauses: (embed?.fields ?? []).flatMap((f) => [...(/^Source: clause ([\d.]+-\d+)/.exec(f.name)?.slice(1) ?? [])]),
  };
}

function askConsole(question: string, index: number): Shown {
  // A session per question, as each platform's question starts a thread of its own.
  const text = new ConsoleSession(consoleServices, `parity-${String(index)}`).respond(question) ?? '';
  return {
    topic: text.split('\n')[0],
    clauses: [...text.matchAll(/^Source: (?:.+, )?section [\d.]+, clause ([\d.]+-\d+)/gmu)].flatMap((m) =>
      m[1] === undefined ? [] : [m[1]],
    ),
  };
}

describe('Slack, Discord and console parity (issues 4 and 16)', () => {
  it(`gives the same topic and citations for ${GOLDEN.length} golden questions on all three surfaces`, async () => {
    const rows: { question: string; slack: Shown; discord: Shown; console: Shown }[] = [];
    for (const [index, question] of GOLDEN.entries()) {
      rows.push({
        question,
        slack: await askSlack(question, index),
        discord: await askDiscord(question),
        console: askConsole(question, index),
      });
    }
    for (const row of rows) {
      expect(row.slack.topic, row.question).toBeDefined();
      expect(row.slack.clauses.length, row.question).toBeGreaterThan(0);
      expect(row.discord, row.question).toEqual(row.slack);
      expect(row.console, row.question).toEqual(row.slack);
    }
    expect(new Set(rows.map((row) => row.slack.topic)).size).toBe(GOLDEN.length);
  });
});
