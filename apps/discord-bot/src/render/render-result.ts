import type { AdvisorResult, AnswerResult, Audience, Lang } from '@cobridge/policy-knowledge';
import type { AskOutcome } from '@cobridge/advisor-runtime';
import { limitedReply, replyFromResult } from '@cobridge/reply';
import { layoutReply } from './layout-reply.js';
import type { RenderedReply } from './reply.js';

/**
 * An answer: the embed with its clauses, related-topic buttons and, when the question was logged, 👍/👎 (buttons in
 * the interface language `lang`, the answer's own when not given).
 */
export function renderAnswer(result: AnswerResult, audience: Audience, recordId: number | null, lang?: Lang): RenderedReply {
  return layoutReply(replyFromResult(result, audience), recordId, lang ?? result.lang);
}

/** Any advisor result as a Discord reply (buttons in the interface language `lang`, the result's own when not given). */
export function renderResult(result: AdvisorResult, audience: Audience, recordId: number | null, lang?: Lang): RenderedReply {
  return layoutReply(replyFromResult(result, audience), recordId, lang ?? result.lang);
}

/**
 * What `services.ask` returned, as a Discord reply (a rate-limit notice is only shown to the asker), with the
 * interface strings in `lang` (for a result, its own language when not given).
 */
export function renderOutcome(outcome: AskOutcome, audience: Audience, lang?: Lang): RenderedReply {
  if (outcome.kind === 'limited') return layoutReply(limitedReply(outcome.retryAfterSeconds, lang ?? 'en'));
  return renderResult(outcome.result, audience, outcome.recordId, lang);
}
