import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openQuestionLog } from '@cobridge/question-log';
import { DEFAULT_KNOWLEDGE_DIR } from '@cobridge/policy-knowledge';
import { createServices, PRUNE_INTERVAL_MS, silentLogger, type Services } from '../src/index.js';

let services: Services | undefined;
let dir: string | undefined;
afterEach(async () => {
  await services?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  services = undefined;
  dir = undefined;
});

async function copyKnowledge(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'cobridge-runtime-'));
  await cp(DEFAULT_KNOWLEDGE_DIR, join(dir, 'knowledge'), { recursive: true });
  return join(dir, 'knowledge');
}

describe('createServices', () => {
  it('answers, records the question and attaches a vote to it', async () => {
    const knowledgeDir = await copyKnowledge();
    services = await createServices({ platform: 'slack', dbPath: join(dir!, 'log.db'), knowledgeDir, logger: silentLogger });
    const outcome = services.ask({ platform: 'slack', userId: 'U1', text: 'do I keep my pension if I leave?', audience: 'teacher' });
    expect(outcome.kind).toBe('result');
    if (outcome.kind !== 'result') return;
    expect(outcome.result.kind).toBe('answer');
    expect(outcome.recordId).toBeGreaterThan(0);
    expect(services.vote(outcome.recordId!, 'up', 'U1', 'slack')).toBe(true);
    expect(services.stats(1)).toMatchObject({ total: 1, feedback: { up: 1, down: 0 } });
    const bytes = await readFile(join(dir!, 'log.db'));
    expect(bytes.includes('U1')).toBe(false);
  });

  it('rate-limits one user with a friendly retry time and lets others through', async () => {
    services = await createServices({ platform: 'discord', dbPath: null, rateLimit: { perMinute: 2 }, logger: silentLogger });
    const ask = (userId: string) =>
      services!.ask({ platform: 'discord', userId, text: 'who pays injury insurance?', audience: 'enterprise' });
    expect(ask('A').kind).toBe('result');
    expect(ask('A').kind).toBe('result');
    expect(ask('A')).toMatchObject({ kind: 'limited' });
    expect(ask('B').kind).toBe('result');
  });

  it("resolves a follow-up against the conversation's last topic", async () => {
    services = await createServices({ platform: 'slack', dbPath: null, logger: silentLogger });
    const first = services.ask({
      platform: 'slack',
      userId: 'U',
      text: 'who pays the work-related injury insurance when I leave my post?',
      audience: 'teacher',
      conversationId: 't1',
    });
    const followUp = services.ask({
      platform: 'slack',
      userId: 'U',
      text: 'what about the enterprise?',
      audience: 'teacher',
      conversationId: 't1',
    });
    expect(first.kind === 'result' && first.result.kind).toBe('answer');
    expect(followUp.kind === 'result' && followUp.result.kind === 'answer' && followUp.result.topic.id).toBe(
      first.kind === 'result' && first.result.kind === 'answer' && first.result.topic.id,
    );
  });

  it('answers thanks in kind without logging it as a miss, and the conversation goes on where it was', async () => {
    const knowledgeDir = await copyKnowledge();
    services = await createServices({ platform: 'slack', dbPath: join(dir!, 'log.db'), knowledgeDir, logger: silentLogger });
    const ask = (text: string) => services!.ask({ platform: 'slack', userId: 'U', text, audience: 'teacher', conversationId: 't2' });
    ask('who pays the work-related injury insurance when I leave my post?');
    const thanks = ask('thanks a lot!');
    expect(thanks).toMatchObject({ kind: 'result', recordId: null, result: { kind: 'unknown', reason: 'thanks', nearest: [] } });
    expect(thanks.kind === 'result' && thanks.result.text).toMatch(/^You're welcome/);
    const followUp = ask('what about the enterprise?');
    expect(followUp.kind === 'result' && followUp.result.kind === 'answer' && followUp.result.topic.id).toBe('leave.injury-insurance');
    expect(services.misses(1)).toEqual([]);
    expect(services.stats(1)).toMatchObject({ total: 2 });
  });

  it('reloads a valid edit and refuses a broken one while the old version keeps answering', async () => {
    const knowledgeDir = await copyKnowledge();
    services = await createServices({ platform: 'slack', dbPath: null, knowledgeDir, logger: silentLogger });
    const before = services.advisor().version;
    const file = join(knowledgeDir, 'topics', 'leave.return-early.yaml');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace(/^title: .*$/m, 'title: Coming back before the leave ends'));
    const ok = await services.reload();
    expect(ok).toMatchObject({ ok: true, changed: true });
    const after = services.advisor().version;
    expect(after).not.toBe(before);
    expect(services.advisor().topicAnswer('leave.return-early')?.topic.title).toBe('Coming back before the leave ends');

    await writeFile(file, original.replace(/^citations:.*$/m, 'citations: ["9-99"]'));
    const refused = await services.reload();
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.errors.join('\n')).toMatch(/topics\/leave\.return-early\.yaml:\d+:\d+ citations\.0: cites clause "9-99"/);
    expect(services.advisor().version).toBe(after);
    const outcome = services.ask({ platform: 'slack', userId: 'U', text: 'can I come back early from my leave?', audience: 'teacher' });
    expect(outcome.kind === 'result' && outcome.result.knowledgeVersion).toBe(after);
  }, 180_000);

  it('picks up an edited knowledge file by itself when watching, without a restart', async () => {
    const knowledgeDir = await copyKnowledge();
    services = await createServices({ platform: 'slack', dbPath: null, knowledgeDir, logger: silentLogger, watch: true });
    const before = services.advisor().version;
    const file = join(knowledgeDir, 'topics', 'leave.no-vacancy.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: Coming back when the department is full'));
    // The reload retrains the model in a worker: seconds on an idle machine, much longer on a busy one.
    for (let i = 0; i < 1200 && services.advisor().version === before; i++) await new Promise((r) => setTimeout(r, 100));
    expect(services.advisor().version).not.toBe(before);
    expect(services.advisor().topicAnswer('leave.no-vacancy')?.topic.title).toBe('Coming back when the department is full');
  }, 180_000);

  it('picks up a re-imported further source by itself', async () => {
    const knowledgeDir = await copyKnowledge();
    const source = (title: string) =>
      `source:\n  id: rule\n  version: "1"\n  title: ${title}\n  attribution: A test fixture\n` +
      'sections:\n  - { id: "1", title: One }\nclauses:\n  - id: "1-1"\n    section: "1"\n    text: A clause.\n';
    await mkdir(join(knowledgeDir, 'sources'));
    await writeFile(join(knowledgeDir, 'sources', 'rule.yaml'), source('First title'));
    services = await createServices({ platform: 'slack', dbPath: null, knowledgeDir, logger: silentLogger, watch: true });
    expect(services.advisor().knowledge.documents.map((d) => d.title)).toContain('First title');
    await writeFile(join(knowledgeDir, 'sources', 'rule.yaml'), source('Second title'));
    for (let i = 0; i < 1200 && !services.advisor().knowledge.documents.some((d) => d.title === 'Second title'); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(services.advisor().knowledge.documents.map((d) => d.title)).toContain('Second title');
  }, 180_000);

  it('checks admins by workspace and user id', async () => {
    services = await createServices({ platform: 'slack', dbPath: null, admins: ['UADMIN', 'T2:UREMOTE'], logger: silentLogger });
    expect(services.isAdmin('slack', 'UADMIN', 'T1', 'T1')).toBe(true);
    expect(services.isAdmin('slack', 'UADMIN', 'T9', 'T1')).toBe(false);
    expect(services.isAdmin('slack', 'UREMOTE', 'T2', 'T1')).toBe(true);
    expect(services.isAdmin('slack', 'UREMOTE', 'T1', 'T1')).toBe(false);
    expect(services.isAdmin('slack', 'UOTHER', 'T1', 'T1')).toBe(false);
  });

  it('applies the retention period every hour while running, not only at start-up', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cobridge-runtime-'));
    const dbPath = join(dir, 'log.db');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      services = await createServices({ platform: 'slack', dbPath, logDays: 1, hashSalt: 'x'.repeat(16), logger: silentLogger });
      const writer = openQuestionLog({ path: dbPath, salt: 'x'.repeat(16), retentionDays: 365 });
      writer.record({ platform: 'slack', userId: 'U', question: 'old', outcome: 'answer', askedAt: new Date(Date.now() - 3 * 86_400_000) });
      writer.close();
      expect(services.stats(7)?.total).toBe(1);
      vi.advanceTimersByTime(PRUNE_INTERVAL_MS);
      expect(services.stats(7)?.total).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
