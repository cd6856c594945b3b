import { describe, expect, it } from 'vitest';
import { REPORT_END, REPORT_START, spliceReport } from '../src/report.js';
import { onceAndDoubled, percentile } from '../src/stats.js';

describe('the reliability report', () => {
  it('replaces only the generated section of the doc', () => {
    const doc = `# Title\n\nhand-written\n\n${REPORT_START}\nold figures\n${REPORT_END}\n\n## After\n`;
    const next = spliceReport(doc, `${REPORT_START}\nnew figures\n${REPORT_END}`);
    expect(next).toBe(`# Title\n\nhand-written\n\n${REPORT_START}\nnew figures\n${REPORT_END}\n\n## After\n`);
  });

  it('appends the section to a doc without the markers', () => {
    expect(spliceReport('# Title\n', 'S')).toBe('# Title\n\nS\n');
  });
});

describe('the counting', () => {
  it('tells answered once, twice and never apart', () => {
    const counts = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    expect(onceAndDoubled(counts, ['a', 'b', 'c'])).toEqual({ once: 1, doubled: 1, missing: 1 });
  });

  it('takes the nearest-rank percentile', () => {
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 0.99)).toBe(5);
    expect(percentile([], 0.99)).toBe(0);
  });
});
