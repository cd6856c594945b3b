import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openQuestionLog, type QuestionLog, type QuestionLogOptions } from '../../src/index.js';

/** The fixed clock every test log uses unless told otherwise. */
export const NOW = new Date('2025-03-10T12:00:00.000Z');

/** Salt of every test log. */
export const SALT = 'test-salt';

/** Gives each test a fresh temporary folder to open logs in; closes them and removes it afterwards. */
export function useTempLog(): {
  dir: () => string;
  path: () => string;
  open: (options?: Partial<QuestionLogOptions>) => QuestionLog;
} {
  let dir = '';
  const opened: QuestionLog[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cobridge-question-log-'));
  });
  afterEach(() => {
    for (const log of opened.splice(0)) log.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const path = (): string => join(dir, 'data', 'cobridge.db');
  return {
    dir: () => dir,
    path,
    open: (options = {}) => {
      const log = openQuestionLog({ path: path(), salt: SALT, now: () => NOW, ...options });
      opened.push(log);
      return log;
    },
  };
}
