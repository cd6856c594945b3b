import type { Lang } from '@cobridge/policy-knowledge';
import { interfaceStrings } from '@cobridge/reply';
import { FEEDBACK_BLOCK_ID } from '../action-ids.js';
import { context, type Block } from './block-kit.js';

/** The blocks of an answer after a vote: the feedback buttons give way to a note (in `lang`) that the vote was recorded. */
export function markFeedbackRecorded(blocks: Block[], vote: 'up' | 'down', lang: Lang = 'en'): Block[] {
  const note = `${vote === 'up' ? '👍' : '👎'} ${interfaceStrings(lang).feedbackRecorded}`;
  return blocks.map((block) => (block.block_id === FEEDBACK_BLOCK_ID ? context([note], FEEDBACK_BLOCK_ID) : block));
}
