import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { openQuestionLog } from '../src/index.js';
import { NOW, SALT, useTempLog } from './helpers/use-temp-log.js';

const temp = useTempLog();

function rows(path: string): Record<string, unknown>[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT * FROM questions ORDER BY id').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

function fileBytes(path: string): Buffer {
  const parts = [path, `${path}-wal`].filter((p) => existsSync(p));
  return Buffer.concat(parts.map((p) => readFileSync(p)));
}

describe('openQuestionLog', () => {
  it('creates missing parent folders and a WAL-mode database file', () => {
    temp.open().close();
    expect(existsSync(temp.path())).toBe(true);
    const db = new Database(temp.path(), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('records every field and returns increasing ids', () => {
    const log = temp.open();
    const first = log.record({
      platform: 'slack',
      userId: 'U1',
      question: 'May interns work nights?',
      outcome: 'answer',
      topicId: 'internship.hours',
      confidence: 0.92,
      knowledgeVersion: 'kb-7',
      latencyMs: 12.6,
    });
    const second = log.record({ platform: 'console', userId: 'me', question: 'hm', outcome: 'unknown' });
    expect(first).toBe(1);
    expect(second).toBe(2);
    log.close();
    expect(rows(temp.path())).toEqual([
      expect.objectContaining({
        id: 1,
        asked_at: NOW.toISOString(),
        platform: 'slack',
        question: 'May interns work nights?',
        question_norm: 'may interns work nights?',
        outcome: 'answer',
        topic_id: 'internship.hours',
        confidence: 0.92,
        knowledge_version: 'kb-7',
        latency_ms: 13,
      }),
      expect.objectContaining({
        id: 2,
        topic_id: null,
        confidence: null,
        knowledge_version: null,
        latency_ms: null,
      }),
    ]);
  });

  it('stores only the salted HMAC of platform and user id, never the raw id', () => {
    const log = temp.open();
    log.record({ platform: 'discord', userId: '981234567890123456', question: 'q', outcome: 'answer' });
    const expected = createHmac('sha256', SALT).update('discord:981234567890123456').digest('hex');
    expect(log.hashUser('discord', '981234567890123456')).toBe(expected);
    expect(log.hashUser('slack', '981234567890123456')).not.toBe(expected);
    log.close();
    expect(rows(temp.path())[0]?.user_hash).toBe(expected);
    const bytes = fileBytes(temp.path());
    expect(bytes.includes(expected)).toBe(true);
    expect(bytes.includes('981234567890123456')).toBe(false);
  });

  it('keeps the question text out of the file when storeText is false', () => {
    const log = temp.open({ storeText: false });
    const question = 'my secret salary question';
    const id = log.record({ platform: 'slack', userId: 'U1', question, outcome: 'unknown' });
    expect(id).toBe(1);
    expect(log.stats({ days: 1 }).total).toBe(1);
    expect(log.misses()).toEqual([]);
    log.close();
    expect(rows(temp.path())[0]).toMatchObject({ question: null, question_norm: null, outcome: 'unknown' });
    expect(fileBytes(temp.path()).includes('secret salary')).toBe(false);
  });

  it("keeps one vote per voter per answer, a voter's latest replacing their own earlier one, and refuses unknown ids", () => {
    const log = temp.open();
    const id = log.record({ platform: 'slack', userId: 'U1', question: 'q', outcome: 'answer' }) ?? 0;
    const asker = log.hashUser('slack', 'U1');
    expect(log.vote(id + 1, 'up', asker)).toBe(false);
    expect(log.vote(id, 'up', asker)).toBe(true);
    expect(log.vote(id, 'down', asker)).toBe(true);
    expect(log.vote(id, 'up', log.hashUser('slack', 'U2'))).toBe(true);
    expect(log.stats({ days: 1 }).feedback).toEqual({ up: 1, down: 1, balance: 0 });
    log.close();
    const db = new Database(temp.path(), { readonly: true });
    expect(
      db.prepare('SELECT direction FROM votes WHERE user_hash = ?').all(createHmac('sha256', SALT).update('slack:U1').digest('hex')),
    ).toEqual([{ direction: 'down' }]);
    db.close();
  });

  it('creates its folder 0700 and its database files 0600', () => {
    const log = temp.open();
    log.record({ platform: 'slack', userId: 'U1', question: 'q', outcome: 'answer' });
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(dirname(temp.path()))).toBe(0o700);
    for (const file of [temp.path(), `${temp.path()}-wal`, `${temp.path()}-shm`]) expect(mode(file)).toBe(0o600);
  });

  it('stores question text with personal data masked, and no text at all with storeText false', () => {
    const log = temp.open();
    log.record({ platform: 'slack', userId: 'U1', question: 'I am li@school.cn, call 13800138000', outcome: 'unknown' });
    expect(log.misses()[0]?.question).toBe('i am [email], call [phone]');
    const silent = temp.open({ storeText: false });
    silent.record({ platform: 'slack', userId: 'U1', question: 'secret', outcome: 'unknown' });
    expect(rows(temp.path()).map((row) => row.question)).toEqual(['I am [email], call [phone]', null]);
  });

  it('deletes rows older than retentionDays, with their votes, on open and on prune', () => {
    const log = temp.open({ retentionDays: 30 });
    const ask = (question: string, daysAgo: number): number | null => {
      const askedAt = new Date(NOW.getTime() - daysAgo * 86_400_000);
      return log.record({ platform: 'slack', userId: 'U', question, outcome: 'answer', askedAt });
    };
    const old = ask('old', 40);
    ask('aging', 20);
    ask('new', 1);
    log.vote(old ?? 0, 'down');
    log.close();

    const reopened = temp.open({ retentionDays: 30 });
    expect(reopened.stats({ days: 60 }).total).toBe(2);
    expect(reopened.stats({ days: 60 }).feedback).toEqual({ up: 0, down: 0, balance: 0 });
    expect(reopened.prune(new Date(NOW.getTime() + 15 * 86_400_000))).toBe(1);
    expect(rows(temp.path()).map((r) => r.question)).toEqual(['new']);
  });

  it('keeps everything when retentionDays is Infinity', () => {
    const log = temp.open({ retentionDays: Infinity });
    log.record({ platform: 'slack', userId: 'U', question: 'q', outcome: 'answer', askedAt: new Date(0) });
    expect(log.prune()).toBe(0);
  });

  it('reports a locked database to onError and returns null instead of throwing', () => {
    const onError = vi.fn();
    const log = temp.open({ busyTimeoutMs: 0, onError });
    const id = log.record({ platform: 'slack', userId: 'U', question: 'q', outcome: 'answer' }) ?? 0;
    const blocker = new Database(temp.path());
    blocker.exec('BEGIN EXCLUSIVE');
    expect(log.record({ platform: 'slack', userId: 'U', question: 'q2', outcome: 'answer' })).toBeNull();
    expect(log.vote(id, 'up')).toBe(false);
    expect(onError.mock.calls.map(([error, operation]) => [error.code, operation])).toEqual([
      ['SQLITE_BUSY', 'record'],
      ['SQLITE_BUSY', 'vote'],
    ]);
    blocker.exec('ROLLBACK');
    blocker.close();
    expect(log.record({ platform: 'slack', userId: 'U', question: 'q3', outcome: 'answer' })).toBe(id + 1);
  });

  it('throws programming errors: invalid values, use after close, an empty salt', () => {
    const log = temp.open();
    const bad = { platform: 'slack', userId: 'U', question: 'q', outcome: 'maybe' } as never;
    expect(() => log.record(bad)).toThrow(/CHECK constraint failed/);
    log.close();
    expect(() => log.record({ platform: 'slack', userId: 'U', question: 'q', outcome: 'answer' })).toThrow(/not open/);
    expect(() => openQuestionLog({ path: temp.path(), salt: '' })).toThrow(RangeError);
  });
});
