import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { labeledRowSchema, parseJsonlRows } from '../src/index.js';

describe('parseJsonlRows', () => {
  it('reads the rows a schema accepts and skips blank lines', () => {
    expect(parseJsonlRows('{"text":"hi","intent":"greet"}\n\n{"text":"bye","intent":"oos"}\n', 'set.jsonl', labeledRowSchema)).toEqual([
      { text: 'hi', intent: 'greet' },
      { text: 'bye', intent: 'oos' },
    ]);
  });

  it('names the file, the line and the field of a malformed row', () => {
    expect(() => parseJsonlRows('{"text":"hi","intent":"greet"}\n{"text":"hi"\n', 'set.jsonl', labeledRowSchema)).toThrow(
      'set.jsonl:2: not valid JSON',
    );
    expect(() => parseJsonlRows('{"text":"hi","intent":""}\n', 'set.jsonl', labeledRowSchema)).toThrow(/^set\.jsonl:1: intent: /);
    expect(() => parseJsonlRows('[1]\n', 'n.jsonl', z.object({ n: z.number() }))).toThrow(/^n\.jsonl:1: /);
  });
});
