/** Action ids of every button the bot renders; listeners match on the same constants. */
export const ACTION_IDS = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  share: 'share_answer',
  showSource: 'show_source',
} as const;

/** Prefix of the "ask this topic" buttons (related, clarify, nearest); Slack wants unique ids per block. */
export const ASK_TOPIC_PREFIX = 'ask_topic:';
/** Matches every "ask this topic" button. */
export const ASK_TOPIC_PATTERN = /^ask_topic:\d+$/;
/** Prefix of the topic buttons on the App Home tab. */
export const HOME_TOPIC_PREFIX = 'home_topic:';
/** Matches every App Home topic button. */
export const HOME_TOPIC_PATTERN = /^home_topic:\d+$/;
/** Matches both feedback buttons. */
export const FEEDBACK_PATTERN = /^feedback_(up|down)$/;
/** Block id of the feedback buttons, replaced by a confirmation once a vote is recorded. */
export const FEEDBACK_BLOCK_ID = 'feedback';
