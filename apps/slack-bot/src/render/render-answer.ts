import type { AnswerResult } from '@cobridge/policy-knowledge';
import { replyFromResult } from '@cobridge/reply';
import type { SlackMessage } from './block-kit.js';
import { layoutReply } from './layout-reply.js';
import type { RenderOptions } from './slack-parts.js';

export type { RenderOptions } from './slack-parts.js';

/** A faithful answer: title, body, cited clauses, related topics, share/source and feedback buttons (teachers' wording). */
export function renderAnswer(result: AnswerResult, options: RenderOptions = {}): SlackMessage {
  return layoutReply(replyFromResult(result, 'teacher'), options);
}
