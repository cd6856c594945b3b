import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kb, useTempFolder } from './helpers/kb.js';

const temp = useTempFolder();

describe('kb import: bad input gets a clear message and writes nothing', () => {
  it('needs --source (exit 2, with the usage)', () => {
    const run = kb(['import', 'rule.md', '--dir', temp.copyKnowledge('no-source')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kb: import needs --source <id>.*\n\nUsage: pnpm kb import <file> \[--dir <folder>\] \[--source <id>\]/);
  });

  it('refuses a file it cannot read, a binary file, a bad source id, a new source without attribution and a broken source file', () => {
    const dir = temp.copyKnowledge('bad-input');
    writeFileSync(temp.path('binary.bin'), Buffer.from([0x00, 0xff, 0xfe, 0x01]));
    writeFileSync(temp.path('rule.md'), '# A rule\n\n## 1. Scope\n\nIt applies to teachers.\n');
    writeFileSync(temp.path('no-sections.txt'), 'Just a sentence.\n');
    const cases: [string[], string][] = [
      [[temp.path('missing.md'), '--source', 'rule'], `kb: cannot read ${temp.path('missing.md')}: ENOENT`],
      [[temp.path('binary.bin'), '--source', 'rule'], `kb: ${temp.path('binary.bin')} is not UTF-8 text: import plain text or Markdown`],
      [
        [temp.path('rule.md'), '--source', 'Bad Id'],
        'kb: --source Bad Id: must be lowercase words joined by hyphens, like "provincial-rule"',
      ],
      [[temp.path('rule.md'), '--source', 'rule'], 'kb: source "rule" is new: say where it comes from with --attribution "…"'],
      [
        [temp.path('no-sections.txt'), '--source', 'rule', '--attribution', 'x'],
        'kb: no numbered sections found: expected headings such as "1. Scope", "2.1 Leave" or "## 3. Duties"',
      ],
    ];
    for (const [args, message] of cases) {
      const run = kb(['import', ...args, '--dir', dir]);
      expect(run.code, message).toBe(1);
      expect(run.stderr.trim()).toBe(message);
    }
    expect(existsSync(join(dir, 'sources'))).toBe(false);
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources', 'rule.yaml'), 'source: [\n');
    const broken = kb(['import', temp.path('rule.md'), '--source', 'rule', '--dir', dir]);
    expect([broken.code, broken.stderr.trim()]).toEqual([
      1,
      'kb: sources/rule.yaml is not valid YAML: run `pnpm kb validate` and fix it before importing',
    ]);
    expect(readFileSync(join(dir, 'sources', 'rule.yaml'), 'utf8')).toBe('source: [\n');
  });

  it('writes a new source with its title from the first line, version 1', () => {
    const dir = temp.copyKnowledge('new-source');
    writeFileSync(temp.path('rule.md'), '# A fictional rule\n\n## 1. Scope\n\nIt applies to teachers. It starts today.\n');
    const run = kb(['import', temp.path('rule.md'), '--source', 'rule', '--attribution', 'A test fixture', '--dir', dir]);
    expect(run.stdout).toContain('Source rule (new source, version 1), sources/rule.yaml: 0 changed, 2 added, 0 removed, 0 unchanged.');
    expect(run.stdout).toContain('Wrote sources/rule.yaml (version 1).');
    expect(kb(['validate', '--dir', dir]).code).toBe(0);
  });
});
