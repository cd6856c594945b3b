import { FEEDBACK_BLOCK_ID } from '../action-ids.js';
import { context, type Block } from './block-kit.js';

/** The confirmation shown once a vote is recorded. */
export const FEEDBACK_THANKS = 'Thanks, your feedback was recorded.';

/** The blocks of an answer after a vote: the feedback buttons give way to a note that the vote was recorded. */
export function markFeedbackRecorded(blocks: Block[], vote: 'up' | 'down'): Block[] {
  const note = `${vote === 'up' ? '👍' : '👎'} ${FEEDBACK_THANKS}`;
  return blocks.map((block) => (block.block_id === FEEDBACK_BLOCK_ID ? context([note], FEEDBACK_BLOCK_ID) : block));
}
