/** Cuts a run of Han characters into words. */
export type ChineseSegmenter = (run: string) => string[];

const HAN = /\p{Script=Han}/u;
const HAN_OR_OTHER = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** The built-in segmenter (ICU's dictionary, no dependency): chosen over jieba by `pnpm bench` (docs/benchmarks.md). */
export const intlSegmenter: ChineseSegmenter = (run) => {
  const out: string[] = [];
  for (const part of words.segment(run)) if (part.isWordLike) out.push(part.segment);
  return out;
};

let segmenter: ChineseSegmenter = intlSegmenter;

/** Replaces the segmenter every tokenisation uses (the benchmark compares segmenters with it); returns the previous one. */
export function useChineseSegmenter(next: ChineseSegmenter): ChineseSegmenter {
  const previous = segmenter;
  segmenter = next;
  return previous;
}

/** The tokens with every Han run cut into words ("离岗创业shebao" → 离, 岗, 创业, shebao). */
export function segmentHan(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (!HAN.test(token)) {
      out.push(token);
      continue;
    }
    for (const part of token.match(HAN_OR_OTHER) ?? []) {
      if (HAN.test(part)) out.push(...segmenter(part));
      else out.push(part);
    }
  }
  return out;
}
