import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from './helpers/build-once.js';
import { kb } from './helpers/kb.js';

beforeAll(buildOnce, 120_000);

describe('kb usage', () => {
  it('lists every command on kb help', () => {
    const run = kb(['help']);
    expect(run.code).toBe(0);
    for (const command of [
      'validate',
      'new-topic <id>',
      'build',
      'eval',
      'explain "<question>"',
      'coverage',
      'import <file>',
      'review',
      'export-training',
      'misses',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^ {2}${command.replace(/[.*+?^${}()|[\]\\"]/g, '\\$&')} `, 'm'));
    }
  });

  it('shows the usage and exits 2 for an unknown command', () => {
    const run = kb(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kb: unknown command "frobnicate"\n\nUsage: pnpm kb <command>/);
  });

  it("shows the command's usage and exits 2 for an option it does not take or a missing argument", () => {
    const option = kb(['validate', '--db', 'x.db']);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe('kb: validate does not take --db\n\nUsage: pnpm kb validate [--dir <folder>] [--strict]\n');
    const argument = kb(['explain']);
    expect(argument.code).toBe(2);
    expect(argument.stderr).toContain('kb: explain needs "<question>"');
  });
});
