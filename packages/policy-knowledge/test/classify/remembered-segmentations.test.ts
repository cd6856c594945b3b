import { afterEach, describe, expect, it } from 'vitest';
import {
  intlSegmenter,
  rememberSegmentations,
  segmentationsOf,
  useChineseSegmenter,
  type ChineseSegmenter,
} from '../../src/classify/segment-chinese.js';
import { tokenize } from '../../src/classify/tokenize.js';
import { buildAdvisorTables } from '../../src/engine/advisor-tables.js';
import { loadKnowledge } from '../../src/index.js';

afterEach(() => {
  useChineseSegmenter(intlSegmenter);
});

describe('the segmentations the compiled snapshot keeps', () => {
  it('are the built-in segmenter’s own cuts of the Chinese words in the English knowledge', async () => {
    const { segmentations } = buildAdvisorTables(await loadKnowledge());
    expect(segmentations.length).toBeGreaterThan(50);
    for (const [run, words] of segmentations) expect(words, run).toEqual(intlSegmenter(run));
  });

  it('are used instead of cutting a run again, with the built-in segmenter only', () => {
    const calls: string[] = [];
    const counting: ChineseSegmenter = (run) => {
      calls.push(run);
      return intlSegmenter(run);
    };
    // A cut the segmenter would not make shows that the remembered one is used.
    useChineseSegmenter(intlSegmenter);
    rememberSegmentations([['职称评审', ['职称评', '审']]]);
    expect(tokenize('zhicheng 职称评审 counts?')).toEqual(['zhicheng', '职称评', '审', 'counts']);
    useChineseSegmenter(counting);
    expect(segmentationsOf(['职称评审'])).toEqual([]);
    rememberSegmentations([['职称评审', ['职称评', '审']]]);
    expect(tokenize('职称评审 again')).toEqual([...intlSegmenter('职称评审'), 'again']);
    expect(calls).toEqual(['职称评审']);
  });
});
