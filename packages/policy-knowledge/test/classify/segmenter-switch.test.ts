import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useChineseSegmenter, type ChineseSegmenter } from '../../src/classify/segment-chinese.js';
import { tokenize, tokenStems } from '../../src/classify/tokenize.js';
import { loadKnowledge } from '../../src/index.js';
import { ConceptMatcher } from '../../src/understand/concept-matcher.js';

const QUESTION = '离岗创业期间社保怎么办';
const byCharacter: ChineseSegmenter = (run) => [...run];
let restore: ChineseSegmenter | undefined;
let matcher: ConceptMatcher;

beforeAll(async () => {
  matcher = new ConceptMatcher((await loadKnowledge()).concepts);
});

afterEach(() => {
  if (restore) useChineseSegmenter(restore);
  restore = undefined;
});

describe('switching the Chinese segmenter', () => {
  it('gives fresh tokens and stems for a question read with the previous segmenter', () => {
    const before = tokenize(QUESTION);
    expect(tokenStems(QUESTION)).toEqual(before);
    restore = useChineseSegmenter(byCharacter);
    expect(tokenize(QUESTION)).toEqual([...QUESTION]);
    expect(tokenStems(QUESTION)).toEqual([...QUESTION]);
    useChineseSegmenter(restore);
    restore = undefined;
    expect(tokenize(QUESTION)).toEqual(before);
  });

  it('gives fresh concept readings for a question read with the previous segmenter', () => {
    const question = '养老金';
    expect(matcher.find(question)).toEqual([]);
    restore = useChineseSegmenter((run) => (run === question ? ['pension'] : [...run]));
    expect(matcher.find(question).map((m) => m.concept)).toEqual(matcher.find('pension').map((m) => m.concept));
    expect(matcher.find(question)).not.toEqual([]);
  });
});
