import { LogLevel } from '@slack/bolt';
import { createLogger } from '@cobridge/advisor-runtime';
import { describe, expect, it } from 'vitest';
import { toBoltLogger } from '../src/bolt-logger.js';

describe('toBoltLogger', () => {
  it('forwards Bolt lines at or above its level through the redacting logger', () => {
    const lines: string[] = [];
    const bolt = toBoltLogger(createLogger({ level: 'debug', stream: { write: (line) => lines.push(line) } }), LogLevel.INFO);
    bolt.setName('socket-mode');
    bolt.debug('hidden');
    bolt.warn('rejected request with token', 'xoxb-not-a-real-token', new Error('bad signature'));
    bolt.setLevel(LogLevel.DEBUG);
    bolt.debug('now visible');
    expect(bolt.getLevel()).toBe(LogLevel.DEBUG);
    const records = lines.map((line) => JSON.parse(line) as { level: string; msg: string; source: string });
    expect(records.map((r) => [r.level, r.source])).toEqual([
      ['warn', 'socket-mode'],
      ['debug', 'socket-mode'],
    ]);
    expect(records[0]?.msg).toContain('bad signature');
    expect(lines.join('')).not.toContain('xoxb-not-a-real');
  });
});
