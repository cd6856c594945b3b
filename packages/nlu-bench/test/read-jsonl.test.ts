import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl } from '../src/read-jsonl.js';

const dir = mkdtempSync(join(tmpdir(), 'nlu-bench-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readJsonl', () => {
  it('reads rows and skips blank lines', () => {
    const path = file('ok.jsonl', '{"text":"hi","intent":"greet"}\n\n{"text":"bye","intent":"oos"}\n');
    expect(readJsonl(path)).toEqual([
      { text: 'hi', intent: 'greet' },
      { text: 'bye', intent: 'oos' },
    ]);
  });

  it('names the file and line of a malformed row', () => {
    const path = file('bad.jsonl', '{"text":"hi","intent":"greet"}\n{"text":"hi"\n');
    expect(() => readJsonl(path)).toThrow(`${path}:2: not valid JSON`);
    const wrong = file('wrong.jsonl', '{"text":1,"intent":"x"}\n');
    expect(() => readJsonl(wrong)).toThrow(`${wrong}:1: text: `);
  });

  it('says when a file is missing or empty', () => {
    expect(() => readJsonl(join(dir, 'missing.jsonl'))).toThrow(/cannot read \(ENOENT\)/);
    expect(() => readJsonl(file('empty.jsonl', '\n'))).toThrow(/no rows/);
  });
});
