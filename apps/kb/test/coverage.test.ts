import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kb, useTempFolder } from './helpers/kb.js';
import { topicYaml } from './helpers/topic-yaml.js';

const temp = useTempFolder();

describe('kb coverage', () => {
  it('lists every clause with its section and citing topics, and the clauses no topic cites at the end', () => {
    const dir = temp.copyKnowledge();
    // clauses.yaml ends with its clauses list, so an appended item joins it.
    appendFileSync(join(dir, 'clauses.yaml'), '  - id: "6-98"\n    section: "6"\n    text: "A clause nobody cites."\n');
    writeFileSync(join(dir, 'topics', 'test.cover.yaml'), topicYaml({ id: 'test.cover', citations: ['1-1'] }));
    const run = kb(['coverage', '--dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Clause +Section +Cited by$/m);
    expect(run.stdout).toMatch(/^1-1 +1 Introduction +(\S+, )*test\.cover(, \S+)*$/m);
    expect(run.stdout).toMatch(/^6-98 +6 Project +-$/m);
    const [, uncited = ''] = run.stdout.split(/^Clauses no topic cites \(\d+\):$/m);
    expect(uncited).toMatch(/^ {2}6-98 {2}6 Project$/m);
  });
});
