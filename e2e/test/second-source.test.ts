import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '@cobridge/policy-knowledge';
import { buildEventCallback, buildSlashCommand, SLACK_TEST_IDS } from '@cobridge/testkit';
import { ROOT } from './docs/documented-commands.js';
import { startDiscordBot, type RunningDiscordBot } from './support/discord-bot.js';
import { startSlackBot, type RunningSlackBot } from './support/slack-bot.js';

// Issue 14: a second source (a fictional provincial rule, a test fixture only) imported with `kb import`, cited by a
// new topic in a copy of the knowledge, and answered from on Slack, Discord and the console, its document named.
const FIXTURE = fileURLToPath(new URL('./fixtures/eastmere-leave-rule.md', import.meta.url));
const QUESTION = 'within how many days must I register my new company with the Eastmere Teacher Enterprise Office?';
const TITLE = 'Eastmere Province Implementing Rule on Teachers Who Leave Their Post to Start a Business';
const ADMIN = 'U0ADMIN';
/** How long to wait for a Discord reply before calling it hung: far above a normal reply. */
const HANG_BOUND_MS = 60_000;
const DISCORD_ADMIN = '400000000000000001';
const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(COBRIDGE_|SLACK_|DISCORD_)/.test(name)));

const TOPIC = `id: leave.eastmere-registration
title: Registering a company in Eastmere (fictional rule)
category: obligations
audiences: [teacher, enterprise]
questions:
${[
  'how do I register my company in Eastmere',
  'Eastmere registration deadline for a teacher company',
  'within how many days must a teacher register the company in Eastmere',
  'what does the Eastmere Teacher Enterprise Office need',
  'who confirms the registration in Eastmere',
  'Eastmere rule on registering a startup after leaving the post',
  'does the Eastmere office confirm my registration in writing',
  'sixty days to register the company Eastmere',
  'what must the Eastmere registration name',
  'registration with the Eastmere Teacher Enterprise Office',
  'how long does the Eastmere office take to confirm a registration',
  'Eastmere provincial rule company registration for teachers on leave',
]
  .map((q) => `  - "${q}"`)
  .join('\n')}
answer: >-
  The national guidance asks a teacher who leaves the post to start a scientific and technological enterprise;
  under the Eastmere rule, register it with the Eastmere Teacher Enterprise Office within sixty days of leaving,
  and the office confirms in writing within twenty working days.
citations: ["3-6", "eastmere-rule:2-1", "eastmere-rule:2.1-1", "eastmere-rule:2.2-1"]
`;

let root = '';
let knowledgeDir = '';
let modelPath = '';
let slack: RunningSlackBot;
let discord: RunningDiscordBot;

/** Runs the compiled `kb` on the fixture knowledge; fails the test with its output when it fails. */
function kb(...args: string[]): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'apps/kb/dist/main.js'), ...args, '--dir', knowledgeDir], {
    encoding: 'utf8',
    env: CLEAN_ENV,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cobridge-second-source-'));
  knowledgeDir = join(root, 'knowledge');
  modelPath = join(root, 'model.json');
  // English only (without zh/), so the new topic needs no Chinese text.
  cpSync(DEFAULT_KNOWLEDGE_DIR, knowledgeDir, { recursive: true, filter: (source) => !/[\\/]zh$/.test(source) });
  kb('import', FIXTURE, '--source', 'eastmere-rule', '--attribution', 'Fictional test fixture of Cobridge (issue 14); not a real rule.');
  writeFileSync(join(knowledgeDir, 'topics', 'leave.eastmere-registration.yaml'), TOPIC);
  kb('build', '--model', modelPath);
  const knowledge = { dir: knowledgeDir, modelPath };
  slack = await startSlackBot({ knowledge, admins: [ADMIN] });
  discord = await startDiscordBot({ knowledge, admins: [DISCORD_ADMIN] });
});
afterAll(async () => {
  await slack?.close();
  await discord?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('a second source, imported and cited (issue 14)', () => {
  it('kb import wrote its clauses: sections from the Markdown headings, ordinal paragraphs and list items', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'apps/kb/dist/main.js'), 'import', FIXTURE, '--source', 'eastmere-rule', '--dry-run', '--dir', knowledgeDir],
      { encoding: 'utf8', env: CLEAN_ENV },
    );
    expect(run.stdout).toMatch(
      /^Source eastmere-rule \(version 1\), sources\/eastmere-rule\.yaml: 0 changed, 0 added, 0 removed, 7 unchanged\.$/m,
    );
  });

  it('is answered from on Slack, the citation naming the document', async () => {
    const ts = '1700014000.000001';
    await slack.sender.event(
      buildEventCallback({
        type: 'app_mention',
        user: SLACK_TEST_IDS.user,
        text: `<@${SLACK_TEST_IDS.botUser}> ${QUESTION}`,
        ts,
        channel: SLACK_TEST_IDS.channel,
      }),
    );
    const post = slack.api.callsTo('chat.postMessage').find((c) => c.body.thread_ts === ts);
    const blocks = JSON.stringify(post?.body.blocks ?? []);
    expect(blocks).toContain('Registering a company in Eastmere');
    expect(blocks).toContain('clause eastmere-rule:2-1');
    expect(blocks).toContain(TITLE);
    expect(blocks).toContain('within sixty days of leaving');
  });

  it('is answered from on Discord, the citation naming the document', async () => {
    const call = await discord.fake.waitForResponse(
      discord.fake.slashCommand('ask', { question: QUESTION, audience: 'teacher' }),
      HANG_BOUND_MS,
    );
    const body = JSON.stringify(call.body);
    expect(body).toContain('Registering a company in Eastmere');
    expect(body).toContain('clause eastmere-rule:2-1');
    expect(body).toContain(TITLE);
  });

  it('is answered from on the console, the citation naming the document', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'apps/console/dist/ask.js'), QUESTION], {
      cwd: root,
      encoding: 'utf8',
      env: { ...CLEAN_ENV, COBRIDGE_KNOWLEDGE_DIR: knowledgeDir },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Source: ${TITLE}, section 2, clause eastmere-rule:2-1: "A teacher who leaves the post shall register`);
    // The paper's own clause, cited first, is not renamed: only a quote from another document names it.
    expect(run.stdout).toMatch(/^Source: section 3, clause 3-6: /m);
    const json = spawnSync(process.execPath, [join(ROOT, 'apps/console/dist/ask.js'), '--json'], {
      cwd: root,
      encoding: 'utf8',
      input: `${QUESTION}\n`,
      env: { ...CLEAN_ENV, COBRIDGE_KNOWLEDGE_DIR: knowledgeDir },
    });
    const answer = JSON.parse(json.stdout) as { citations: { clause: string; source?: { id: string; title: string } }[] };
    expect(answer.citations.find((c) => c.clause === 'eastmere-rule:2-1')).toMatchObject({ source: { id: 'eastmere-rule', title: TITLE } });
  });

  it('is listed with its version by /cobridge-admin sources and /admin sources', async () => {
    await slack.sender.command(
      buildSlashCommand({ command: '/cobridge-admin', text: 'sources', userId: ADMIN, responseUrl: slack.api.responseUrl() }),
    );
    const slackReply = JSON.stringify(slack.api.responses.at(-1)?.body ?? {});
    const sent = discord.fake.slashCommand('admin sources', {}, { userId: DISCORD_ADMIN });
    const discordReply = JSON.stringify(
      (await discord.fake.waitForCall((c) => c.method === 'PATCH' && c.route.includes(sent.token), HANG_BOUND_MS)).body,
    );
    for (const reply of [slackReply, discordReply]) {
      expect(reply).toMatch(/guidance-paper, version 1: Research on Promoting the New Integration/);
      expect(reply).toMatch(
        /eastmere-rule, version 1: Eastmere Province Implementing Rule on Teachers Who Leave Their Post to Start a Business \(7 clauses\)/,
      );
    }
  });
});
