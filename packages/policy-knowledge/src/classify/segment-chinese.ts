/** Cuts a run of Han characters into words. */
export type ChineseSegmenter = (run: string) => string[];

const HAN = /\p{Script=Han}/u;
const HAN_OR_OTHER = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
// Created on the first Chinese question: ICU's word dictionary costs memory an English-only advisor never needs.
let words: Intl.Segmenter | undefined;

/** The built-in segmenter (ICU's dictionary, no dependency): chosen over jieba by `pnpm bench` (docs/benchmarks.md). */
export const intlSegmenter: ChineseSegmenter = (run) => {
  const out: string[] = [];
  for (const part of (words ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(run)) if (part.isWordLike) out.push(part.segment);
  return out;
};

/** Most Han runs whose words are remembered; the memo is cleared when it fills, so hostile input cannot grow it. */
const MAX_MEMO = 20_000;
/** Longest run remembered (a question's runs are short; a pasted wall of text is segmented every time). */
const MAX_MEMO_RUN = 64;
/** A question is tokenised several times (classifier, concepts, examples): its runs are segmented once. */
const memo = new Map<string, string[]>();
let segmenter: ChineseSegmenter = intlSegmenter;

/** Replaces the segmenter every tokenisation uses (the benchmark compares segmenters with it); returns the previous one. */
export function useChineseSegmenter(next: ChineseSegmenter): ChineseSegmenter {
  const previous = segmenter;
  segmenter = next;
  memo.clear();
  return previous;
}

function segmentRun(run: string): string[] {
  const hit = memo.get(run);
  if (hit !== undefined) return hit;
  const words = segmenter(run);
  if (run.length > MAX_MEMO_RUN) return words;
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(run, words);
  return words;
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
      if (HAN.test(part)) out.push(...segmentRun(part));
      else out.push(part);
    }
  }
  return out;
}
