import { z } from 'zod';
import { verdictSchema } from './schema/fact.js';
import { audienceSchema } from './schema/topic.js';
import type { AdvisorResult } from './engine/types.js';

/** The categories of the blind evaluation sets, as the issue that asked for them names them. */
export const BLIND_CATEGORIES = [
  'yes-no',
  'open',
  'two-part',
  'section-ref',
  'enterprise-we',
  'benign-alarm',
  'refusal',
  'follow-up',
  'typo',
  'out-of-scope',
  'mixed',
] as const;

/** One sub-question's expected verdict and clauses; later sets also keep the sub-question's own words and its kind. */
const expectedPart = z.strictObject({
  question: z.string().min(1).optional(),
  /** "unknown" for a sub-question the source does not cover; absent means an answer. */
  kind: z.enum(['answer', 'unknown', 'refuse']).optional(),
  verdict: verdictSchema.nullable(),
  clauses: z.array(z.string()),
});
type ExpectedPart = z.infer<typeof expectedPart>;

/** One item of a blind evaluation set: a question, who asks it, its conversation, and what a right answer does. */
export const blindItemSchema = z.strictObject({
  id: z.string().min(1),
  category: z.enum(BLIND_CATEGORIES),
  question: z.string().min(1),
  audience: audienceSchema,
  conversation: z.string().nullable(),
  /** The language the answer must be written in: the question's ("zh" for a question asked in Chinese). */
  lang: z.enum(['en', 'zh']).optional(),
  expect: z.strictObject({
    kind: z.enum(['answer', 'unknown', 'refuse']),
    verdict: verdictSchema.nullable(),
    clauses: z.array(z.string()),
    parts: z.array(expectedPart).optional(),
  }),
  reference: z.string(),
});
export type BlindItem = z.infer<typeof blindItemSchema>;

/** How one blind item was judged: right or not, and why not. */
export interface BlindJudgement {
  right: boolean;
  verdictChecked: boolean;
  verdictRight: boolean;
  /** Whether the item names a language, and whether the result is written in it. */
  langChecked: boolean;
  langRight: boolean;
  why: string;
}

/**
 * Judges a result against a blind item: the right kind, a cited clause among the expected ones, the expected
 * verdict for yes/no questions (for several questions in one message, every part so), and the item's language.
 */
export function judgeBlindItem(item: BlindItem, result: AdvisorResult): BlindJudgement {
  const judged = judgeContent(item, result);
  if (item.lang === undefined) return { ...judged, langChecked: false, langRight: true };
  const langRight = result.lang === item.lang;
  const why = [judged.why, langRight ? '' : `answered in ${result.lang}, not ${item.lang}`].filter(Boolean).join('; ');
  return { ...judged, right: judged.right && langRight, langChecked: true, langRight, why };
}

/**
 * The expected parts left over by the best one-to-one pairing with the answered parts (a message holds at most a few
 * parts, so every pairing is tried).
 */
function unmatchedParts<W, G>(wants: readonly W[], gots: readonly G[], fits: (want: W, got: G) => boolean): W[] {
  let best: W[] = [...wants];
  const pair = (i: number, used: ReadonlySet<number>, left: W[]) => {
    if (left.length >= best.length) return;
    if (i === wants.length) {
      best = left;
      return;
    }
    const want = wants[i]!;
    for (const [j, got] of gots.entries()) if (!used.has(j) && fits(want, got)) pair(i + 1, new Set([...used, j]), left);
    pair(i + 1, used, [...left, want]);
  };
  pair(0, new Set(), []);
  return best;
}

/** Judges what a result says (kind, clauses, verdicts), whatever its language. */
function judgeContent(item: BlindItem, result: AdvisorResult): Omit<BlindJudgement, 'langChecked' | 'langRight'> {
  const { expect } = item;
  const verdictOf = result.kind === 'answer' ? result.verdict : null;
  if (expect.kind !== 'answer') {
    // "I don't know" expected: an answer saying the guidance does not say, with the nearest passage, says the same (the
    // answer contract's "not-stated"); it invents no rule.
    const saysNotStated = expect.kind === 'unknown' && verdictOf === 'not-stated';
    const right = result.kind === expect.kind || saysNotStated;
    return { right, verdictChecked: false, verdictRight: true, why: right ? '' : `expected ${expect.kind}, got ${result.kind}` };
  }
  if (result.kind !== 'answer')
    return { right: false, verdictChecked: expect.verdict !== null, verdictRight: false, why: `expected an answer, got ${result.kind}` };
  if (expect.parts && expect.parts.length > 1) {
    const parts = result.parts ?? [{ verdict: result.verdict, citations: result.citations, kind: 'answer' as const }];
    const fits = (want: ExpectedPart, got: (typeof parts)[number]) =>
      want.kind !== undefined && want.kind !== 'answer'
        ? got.kind === want.kind || (want.kind === 'unknown' && got.kind === 'answer' && got.verdict === 'not-stated')
        : got.kind === 'answer' && cites(got.citations, want.clauses) && (want.verdict === null || got.verdict === want.verdict);
    // With as many parts as asked, each expected part needs a part of its own: one right part cannot stand for two.
    const missing =
      parts.length >= expect.parts.length
        ? unmatchedParts(expect.parts, parts, fits)
        : expect.parts.filter((want) => !parts.some((got) => fits(want, got)));
    const verdicts = expect.parts.filter((p) => p.verdict !== null);
    return {
      right: missing.length === 0,
      verdictChecked: verdicts.length > 0,
      verdictRight: verdicts.every((want) => parts.some((got) => got.verdict === want.verdict && cites(got.citations, want.clauses))),
      why: missing.length === 0 ? '' : `${missing.length} of ${expect.parts.length} parts unanswered (got ${parts.length} parts)`,
    };
  }
  const cited = cites(result.citations, expect.clauses);
  const verdictRight = expect.verdict === null || verdictOf === expect.verdict;
  const why = [
    !cited ? `cites ${result.citations.map((c) => c.clause).join(',') || 'nothing'} not ${expect.clauses.join(',')}` : '',
    !verdictRight ? `verdict ${verdictOf} not ${expect.verdict}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { right: cited && verdictRight, verdictChecked: expect.verdict !== null, verdictRight, why };
}

function cites(citations: readonly { clause: string }[], expected: readonly string[]): boolean {
  return expected.length === 0 || citations.some((c) => expected.includes(c.clause));
}
