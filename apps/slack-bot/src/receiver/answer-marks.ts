import type { Context } from '@slack/bolt';
import type { Services } from '@cobridge/advisor-runtime';

/** The message metadata type that marks Cobridge's answers, so a restart can see which questions were answered. */
export const ANSWER_METADATA_TYPE = 'cobridge_answer';

function keyOf(context: Context): string | undefined {
  return typeof context.inboxKey === 'string' ? context.inboxKey : undefined;
}

/** Records in the inbox that this request's answer is being sent now; call right before posting it. */
export function markSending(services: Services, context: Context): void {
  const key = keyOf(context);
  if (key !== undefined) services.inbox.sending('slack', key);
}

/** Message metadata naming the question an answer belongs to (empty for requests without an inbox key). */
export function answerMetadata(context: Context): { metadata?: { event_type: string; event_payload: { inbox_key: string } } } {
  const key = keyOf(context);
  return key === undefined ? {} : { metadata: { event_type: ANSWER_METADATA_TYPE, event_payload: { inbox_key: key } } };
}
