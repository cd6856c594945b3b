import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openQuestionLog } from '@cobridge/question-log';
import { kb, useTempFolder } from './helpers/kb.js';

const temp = useTempFolder();

describe('kb backup', () => {
  it('copies the question log while it is open for writing, with its salt file, and the copy reads back', () => {
    const db = temp.path('data', 'cobridge.db');
    const log = openQuestionLog({ path: db, salt: 'the-installation-salt' });
    log.record({ platform: 'slack', userId: 'U1', question: 'is my pension kept?', outcome: 'unknown' });
    // The bots keep the salt in this file beside the log when COBRIDGE_HASH_SALT is unset.
    writeFileSync(`${db}.salt`, 'the-installation-salt');
    try {
      const run = kb(['backup', temp.path('backups', 'monday.db')], { COBRIDGE_DB: db });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Backed up .*cobridge\.db to .*monday\.db \(\d+ pages\)\.$/m);
      expect(readFileSync(temp.path('backups', 'monday.db.salt'), 'utf8')).toBe('the-installation-salt');
      const copy = openQuestionLog({ path: temp.path('backups', 'monday.db'), salt: 'the-installation-salt', retentionDays: Infinity });
      expect(copy.misses().map((m) => m.question)).toEqual(['is my pension kept?']);
      copy.close();
    } finally {
      log.close();
    }
  });

  it('never overwrites an existing file and says why', () => {
    const run = kb(['backup', temp.path('backups', 'monday.db')], { COBRIDGE_DB: temp.path('data', 'cobridge.db') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already exists; choose a new file name');
    expect(statSync(temp.path('backups', 'monday.db')).size).toBeGreaterThan(0);
  });

  it('says so when there is no question log', () => {
    const run = kb(['backup', temp.path('x.db')], { COBRIDGE_DB: temp.path('missing.db') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no question log at .*missing\.db/);
    expect(existsSync(temp.path('x.db'))).toBe(false);
  });
});
