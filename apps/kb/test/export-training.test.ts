import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kb, useTempFolder } from './helpers/kb.js';
import { topicYaml, uniqueQuestions } from './helpers/topic-yaml.js';

const temp = useTempFolder();

describe('kb export-training', () => {
  it('prints one {"text","intent"} JSON object per line, out-of-scope examples as oos', () => {
    const dir = temp.copyKnowledge();
    writeFileSync(join(dir, 'topics', 'test.export.yaml'), topicYaml({ id: 'test.export' }));
    const run = kb(['export-training', '--dir', dir]);
    expect(run.code).toBe(0);
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const row of rows) expect(Object.keys(row)).toEqual(['text', 'intent']);
    expect(rows.filter((r) => r.intent === 'test.export').map((r) => r.text)).toEqual(uniqueQuestions('test.export'));
    expect(rows.some((r) => r.intent === 'oos')).toBe(true);
  });
});
