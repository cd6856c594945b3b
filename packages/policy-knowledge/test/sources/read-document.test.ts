import { describe, expect, it } from 'vitest';
import { importClauses } from '../../src/sources/import-clauses.js';
import { readDocument } from '../../src/sources/read-document.js';
import { splitSentences } from '../../src/sources/split-sentences.js';

describe('readDocument', () => {
  it('reads Markdown headings, ordinal paragraphs as subsections and list items as clauses', () => {
    const text = [
      '# The Rule',
      '<!-- a note to editors -->',
      '',
      '## 1. Scope',
      'It applies to teachers.',
      'It starts today.',
      '',
      '## 2. Duties',
      '',
      'First, register the company.',
      '',
      'Second, report every year.',
      '',
      '## 3. Reports',
      '- one report a year',
      '- kept for five years',
    ].join('\n');
    const document = readDocument(text);
    expect(document.frontMatter).toEqual(['The Rule']);
    expect(document.sections.map((s) => [s.id, s.title])).toEqual([
      ['1', 'Scope'],
      ['2', 'Duties'],
      ['2.1', 'First'],
      ['2.2', 'Second'],
      ['3', 'Reports'],
    ]);
    expect(importClauses(document.sections).clauses.map((c) => `${c.id} ${c.text}`)).toEqual([
      '1-1 It applies to teachers.',
      '1-2 It starts today.',
      '2.1-1 First, register the company.',
      '2.2-1 Second, report every year.',
      '3-1 one report a year',
      '3-2 kept for five years',
    ]);
  });

  it('reads plain-text numbered headings ("3.", "2.1") and joins hyphenated line breaks', () => {
    const document = readDocument(
      ['Title line', '', '1. SCOPE', '', 'School-', 'enterprise work counts.', '2.1 Leave', 'Up to three years.'].join('\n'),
    );
    expect(document.sections.map((s) => [s.id, s.title, s.paragraphs])).toEqual([
      ['1', 'SCOPE', ['School-enterprise work counts.']],
      ['2.1', 'Leave', ['Up to three years.']],
    ]);
  });
});

describe('splitSentences', () => {
  it('cuts at sentence ends, also a glued one, and not after abbreviations or inside numbers', () => {
    expect(splitSentences('1. The school registers. It reports.')).toEqual(['1. The school registers.', 'It reports.']);
    expect(splitSentences('It works, e.g. For teachers. See No. 3 of 2.5 pages.It ends? Yes! "Quoted." Next')).toEqual([
      'It works, e.g. For teachers.',
      'See No. 3 of 2.5 pages.',
      'It ends?',
      'Yes!',
      '"Quoted."',
      'Next',
    ]);
  });
});

describe('importClauses over previous clauses', () => {
  const previous = [
    { id: '1-1', section: '1', text: 'Teachers may leave for three years.' },
    { id: '1-2', section: '1', text: 'The school keeps their title evaluation.' },
    { id: '1-3', section: '1', text: 'Pay is set locally.' },
  ];

  it('keeps unchanged ids, keeps the id of a reworded clause, numbers an added one after the highest and reports a removed one', () => {
    const sections = [
      {
        id: '1',
        title: 'One',
        paragraphs: ['Teachers may leave for five years. The school keeps their title evaluation. A register is kept.'],
      },
    ];
    const { clauses, diff } = importClauses(sections, previous);
    expect(clauses.map((c) => `${c.id} ${c.text}`)).toEqual([
      '1-1 Teachers may leave for five years.',
      '1-2 The school keeps their title evaluation.',
      '1-4 A register is kept.',
    ]);
    expect(diff.changed).toEqual([
      { id: '1-1', section: '1', old: 'Teachers may leave for three years.', new: 'Teachers may leave for five years.' },
    ]);
    expect(diff.added.map((c) => c.id)).toEqual(['1-4']);
    expect(diff.removed.map((c) => c.id)).toEqual(['1-3']);
    expect(diff.unchanged).toBe(1);
  });
});
