import { forgetAllReadings } from './recent-readings.js';

/** Cuts a run of Han characters into words. */
export type ChineseSegmenter = (run: string) => string[];

const HAN = /\p{Script=Han}/u;
const HAN_OR_OTHER = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
// Created on the first Chinese question: ICU's word dictionary costs memory an English-only advisor never needs.
let words: Intl.Segmenter | undefined;

/** The built-in segmenter (ICU's dictionary, no dependency): chosen over jieba by `pnpm bench` (docs/benchmarks.md). */
export const intlSegmenter: ChineseSegmenter = (run) => {
  const out: string[] = [];
  for (const part of (words ??= new Intl.Segmenter('zh', { granularity: 'word' })).segment(run))
    if (part.isWordLike) out.push(part.segment);
  return out;
};

/** Most characters of Han runs remembered; the memo is cleared when it is full, so hostile input cannot grow it. */
const MAX_MEMO_CHARS = 1_000_000;
/** A question is tokenised several times (classifier, concepts, examples): its runs are segmented once. */
const memo = new Map<string, string[]>();
let memoChars = 0;
let segmenter: ChineseSegmenter = intlSegmenter;

/**
 * Replaces the segmenter every tokenisation uses (the benchmark compares segmenters with it) and forgets every reading made
 * with the old one; returns the previous one.
 */
export function useChineseSegmenter(next: ChineseSegmenter): ChineseSegmenter {
  const previous = segmenter;
  segmenter = next;
  memo.clear();
  memoChars = 0;
  forgetAllReadings();
  return previous;
}

function segmentRun(run: string): string[] {
  return memo.get(run) ?? remember(run, segmenter(run));
}

/** Keeps a run's words in the memo (emptied first when full) and returns them. */
function remember(run: string, words: string[]): string[] {
  if (memoChars + run.length > MAX_MEMO_CHARS) {
    memo.clear();
    memoChars = 0;
  }
  memo.set(run, words);
  memoChars += run.length;
  return words;
}

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Each run of Han characters in the texts, once, with the words the built-in segmenter cuts it into (none when another
 * segmenter is in use): what the compiled snapshot keeps, see rememberSegmentations.
 */
export function segmentationsOf(texts: readonly string[]): [string, string[]][] {
  if (segmenter !== intlSegmenter) return [];
  const runs = new Set(texts.flatMap((text) => text.match(HAN_RUN) ?? []));
  return [...runs].map((run) => [run, segmentRun(run)]);
}

/**
 * Remembers runs the built-in segmenter cut before (the knowledge's own, from the compiled snapshot), so reading the
 * English knowledge's few Chinese words does not load ICU's dictionary (about 5 MB) in an advisor never asked in Chinese.
 */
export function rememberSegmentations(segmentations: readonly [string, string[]][]): void {
  if (segmenter !== intlSegmenter) return;
  for (const [run, words] of segmentations) if (!memo.has(run)) remember(run, words);
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
