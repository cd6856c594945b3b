import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { importClauses, type SourceClause } from '../../src/sources/import-clauses.js';
import { readDocument } from '../../src/sources/read-document.js';
import { renderSourceFile } from '../../src/sources/write-source-file.js';

const PAPER = readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'source', 'guidance-paper.txt'), 'utf8');
const CLAUSES_TEXT = readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'clauses.yaml'), 'utf8');
const SHIPPED = parse(CLAUSES_TEXT) as {
  source: { id: string; title: string; attribution: string; version: string };
  clauses: SourceClause[];
};

describe('importing the shipped paper from its text (issue 14)', () => {
  const document = readDocument(PAPER);

  it('finds its numbered sections, wrapped headings included, and keeps the abstract out as front matter', () => {
    expect(document.sections.map((s) => s.id)).toEqual([
      '1',
      '2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '3',
      '4',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '4.5',
      '4.6',
      '5',
      '6',
    ]);
    expect(document.sections.find((s) => s.id === '2.4')?.title).toBe(
      'The Ability of School Specialty to Meet the Needs of Industrial Enterprises Is Not Strong Or Can Not Reach',
    );
    expect(document.frontMatter[0]).toBe('Abstract');
  });

  it('reproduces every clause of clauses.yaml, with its id, when imported over it, and would write the file unchanged', () => {
    const { clauses, diff } = importClauses(document.sections, SHIPPED.clauses);
    expect(diff).toEqual({ added: [], changed: [], removed: [], unchanged: SHIPPED.clauses.length });
    expect(clauses).toEqual(SHIPPED.clauses);
    expect(renderSourceFile({ meta: SHIPPED.source, sections: document.sections, clauses }, CLAUSES_TEXT)).toBe(CLAUSES_TEXT);
  });

  it("splits the same text into sentences on a fresh import: joined, they are today's clause texts exactly", () => {
    const { clauses } = importClauses(document.sections);
    expect(clauses.map((c) => c.text).join(' ')).toBe(SHIPPED.clauses.map((c) => c.text).join(' '));
    // Where the hand split cut sentences at "," or ";" (3-4…3-6, 3-10…3-12), a fresh import keeps the sentence whole.
    expect(clauses.find((c) => c.text.startsWith('From the research of policy opinions'))?.text).toBe(
      ['3-10', '3-11', '3-12'].map((id) => SHIPPED.clauses.find((c) => c.id === id)!.text).join(' '),
    );
  });
});
