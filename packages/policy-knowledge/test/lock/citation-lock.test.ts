import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCurrentClauses, readLock, syncLock, writeLock } from '../../src/lock/citation-lock.js';
import { checkLock } from '../../src/lock/check-lock.js';
import { readCitingItems } from '../../src/lock/citing-items.js';
import { topicYaml } from '../load/knowledge-fixture.js';

const clausesYaml = (first: string) =>
  'source:\n  title: A paper\n  attribution: Its authors\nsections:\n  - { id: "3", title: Three }\n' +
  `clauses:\n  - id: "3-1"\n    section: "3"\n    text: ${first}\n  - id: "3-2"\n    section: "3"\n    text: The second clause.\n`;

let root = '';
let dir = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cobridge-lock-'));
  dir = join(root, 'knowledge');
  await mkdir(join(dir, 'topics'), { recursive: true });
  await mkdir(join(root, 'eval', 'blind'), { recursive: true });
  await writeFile(join(dir, 'clauses.yaml'), clausesYaml('The first clause.'));
  await writeFile(join(dir, 'topics', 'leave.a.yaml'), topicYaml('leave.a', { citations: ['3-1'] }));
  await writeFile(join(dir, 'topics', 'leave.b.yaml'), topicYaml('leave.b', { citations: ['3-2'] }));
  await writeFile(join(root, 'eval', 'in-scope.jsonl'), '{"text": "about a", "intent": "leave.a"}\n{"text": "hi", "intent": "oos"}\n');
  await writeFile(join(root, 'eval', 'blind', 'set.jsonl'), '{"text": "held out", "intent": "leave.a"}\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Reads everything again and compares it with the lock. */
async function state() {
  const [items, current, lock] = await Promise.all([readCitingItems(dir), readCurrentClauses(dir), readLock(dir)]);
  return { items, current, lock, report: checkLock(items, lock, current) };
}

describe('the citation lock', () => {
  it('reads topics and evaluation items (by their topic), never the blind sets, and records new citations', async () => {
    const first = await state();
    expect(first.items.map((i) => `${i.kind} ${i.file}:${i.line} ${[...i.cites.keys()].join(',')}`)).toEqual([
      'topic topics/leave.a.yaml:18 3-1',
      'topic topics/leave.b.yaml:18 3-2',
      'eval ../eval/in-scope.jsonl:1 3-1',
    ]);
    expect(first.report).toEqual({ stale: [], removed: [], unlocked: 3 });
    expect(syncLock(first.lock, first.items, first.current)).toBe(3);
    expect(await writeLock(dir, first.lock)).toBe(true);
    expect(await writeLock(dir, first.lock)).toBe(false);
    expect((await state()).report.unlocked).toBe(0);
  });

  it('flags what cites a changed clause until it is confirmed, and keeps the old text to show', async () => {
    const before = await state();
    syncLock(before.lock, before.items, before.current);
    await writeLock(dir, before.lock);
    await writeFile(join(dir, 'clauses.yaml'), clausesYaml('The first clause, revised.'));
    const changed = await state();
    expect(changed.report.stale.map((s) => [s.item.file, s.clause, s.oldText, s.newText])).toEqual([
      ['topics/leave.a.yaml', '3-1', 'The first clause.', 'The first clause, revised.'],
      ['../eval/in-scope.jsonl', '3-1', 'The first clause.', 'The first clause, revised.'],
    ]);
    // A sync without confirmation (kb build) never hides the change.
    syncLock(changed.lock, changed.items, changed.current);
    await writeLock(dir, changed.lock);
    expect((await state()).report.stale).toHaveLength(2);
    const again = await state();
    syncLock(again.lock, again.items, again.current, [['topics/leave.a.yaml#leave.a', '3-1']]);
    await writeLock(dir, again.lock);
    expect((await state()).report.stale.map((s) => s.item.file)).toEqual(['../eval/in-scope.jsonl']);
  });

  it('reports a removed clause at every citing line, and drops the entries of deleted items', async () => {
    const before = await state();
    syncLock(before.lock, before.items, before.current);
    await writeLock(dir, before.lock);
    await writeFile(join(dir, 'clauses.yaml'), clausesYaml('The first clause.').replace(/ {2}- id: "3-2"[\s\S]*$/, ''));
    await rm(join(dir, 'topics', 'leave.a.yaml'));
    const after = await state();
    expect(after.report.removed.map((i) => `${i.file}:${i.line}:${i.column} ${i.message}`)).toEqual([
      'topics/leave.b.yaml:19:13 topic answer leave.b cites clause "3-2", which was removed from clauses.yaml',
    ]);
    syncLock(after.lock, after.items, after.current);
    await writeLock(dir, after.lock);
    const text = await readFile(join(dir, 'citations.lock.yaml'), 'utf8');
    expect(text).not.toContain('leave.a');
    expect(text).toContain('{ file: topics/leave.b.yaml, id: leave.b, cites: { 3-2:');
  });
});
