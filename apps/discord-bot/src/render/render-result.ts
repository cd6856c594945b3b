import type { AdvisorResult, AnswerResult, Audience } from '@cobridge/policy-knowledge';
import type { AskOutcome } from '@cobridge/advisor-runtime';
import { limitedReply, replyFromResult } from '@cobridge/reply';
import { layoutReply } from './layout-reply.js';
import type { RenderedReply } from './reply.js';

/** An answer: the embed with its clauses, related-topic buttons and, when the question was logged, 👍/👎. */
export function renderAnswer(result: AnswerResult, audience: Audience, recordId: number | null): RenderedReply {
  return layoutReply(replyFromResult(result, audience), recordId);
}

/** Any advisor result as a Discord reply. */
export function renderResult(result: AdvisorResult, audience: Audience, recordId: number | null): RenderedReply {
  return layoutReply(replyFromResult(result, audience), recordId);
}

/** What `services.ask` returned, as a Discord reply (a rate-limit notice is only shown to the asker). */
export function renderOutcome(outcome: AskOutcome, audience: Audience): RenderedReply {
  if (outcome.kind === 'limited') return layoutReply(limitedReply(outcome.retryAfterSeconds));
  return renderResult(outcome.result, audience, outcome.recordId);
}
