import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createMemoryInbox } from '../src/index.js';
import { NOW, useTempLog } from './helpers/use-temp-log.js';

const temp = useTempLog();
const MINUTE = 60_000;
const at = (minutesBefore: number) => () => new Date(NOW.getTime() - minutesBefore * MINUTE);

describe('the durable inbox', () => {
  it('accepts a key once, so a redelivery or a replay is recognised', () => {
    const { inbox } = temp.open();
    expect(inbox.accept('slack', 'event:E1', '{"q":1}')).toBe(true);
    expect(inbox.accept('slack', 'event:E1', '{"q":1}')).toBe(false);
    expect(inbox.accept('discord', 'event:E1', '{"q":1}')).toBe(true);
  });

  it('after a restart, gives back the unanswered questions young enough, oldest first, and marks older ones missed', () => {
    temp.open({ now: at(20) }).inbox.accept('slack', 'old', '"old"');
    const before = temp.open({ now: at(5) }).inbox;
    before.accept('slack', 'young', '"young"');
    before.accept('slack', 'answered', '"answered"');
    before.done('slack', 'answered');
    const last = temp.open({ now: at(1) }).inbox;
    last.accept('slack', 'newest', '"newest"');
    last.sending('slack', 'newest');

    const recovery = temp.open().inbox.recover('slack', 15 * MINUTE);
    expect(recovery.missed).toBe(1);
    expect(recovery.pending.map((p) => [p.key, p.state, p.payload])).toEqual([
      ['young', 'pending', '"young"'],
      ['newest', 'sending', '"newest"'],
    ]);
    expect(temp.open().inbox.recover('slack', 15 * MINUTE).missed).toBe(0);
    expect(temp.open().inbox.recover('discord', 15 * MINUTE).pending).toEqual([]);
  });

  it('replaces the payload of an unanswered question only, and drops it once done', () => {
    const { inbox } = temp.open();
    inbox.accept('discord', 'interaction:1', '{}');
    expect(inbox.update('discord', 'interaction:1', '{"deferred":true}')).toBe(true);
    expect(inbox.recover('discord', 15 * MINUTE).pending.map((p) => p.payload)).toEqual(['{"deferred":true}']);
    inbox.done('discord', 'interaction:1');
    expect(inbox.update('discord', 'interaction:1', '{"deferred":true}')).toBe(false);
    expect(inbox.update('discord', 'interaction:2', '{}')).toBe(false);
    expect(inbox.recover('discord', 15 * MINUTE).pending).toEqual([]);
    const db = new Database(temp.path(), { readonly: true });
    expect(db.prepare('SELECT state, payload FROM inbox').all()).toEqual([{ state: 'done', payload: null }]);
    db.close();
  });

  it('keeps answered keys a day, then prunes them with the log', () => {
    const log = temp.open({ now: at(23 * 60) });
    log.inbox.accept('slack', 'k', '"q"');
    log.inbox.done('slack', 'k');
    expect(temp.open().inbox.accept('slack', 'k', '"q"')).toBe(false);
    expect(temp.open({ now: at(-2 * 60) }).inbox.accept('slack', 'k', '"q"')).toBe(true);
  });

  it('in memory (no question log), still recognises a repeated key', () => {
    const inbox = createMemoryInbox();
    expect(inbox.accept('slack', 'k', '')).toBe(true);
    expect(inbox.accept('slack', 'k', '')).toBe(false);
    expect(inbox.recover('slack', MINUTE)).toEqual({ pending: [], missed: 0 });
  });
});
