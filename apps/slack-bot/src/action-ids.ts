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

/** Action ids of the tools beyond Q&A (eligibility check, timeline, mode finder, obligations, glossary). */
export const TOOL_IDS = {
  checkOpen: 'check_open',
  checkRestart: 'check_restart',
  timelineOpen: 'timeline_open',
  timelineDate: 'timeline_date',
} as const;
/** Block id of the timeline's date picker (a Chinese reply's carries the language mark, see tool-lang.ts). */
export const TIMELINE_DATE_BLOCK = 'timeline-date';
/** Prefix of the eligibility answer buttons in the check's modal (one per choice); the value is the choice id. */
export const CHECK_CHOICE_PREFIX = 'check_choice:';
/** Matches every eligibility answer button. */
export const CHECK_CHOICE_PATTERN = /^check_choice:\d+$/;
/** Prefix of the mode finder buttons; the value is comma-separated need ids, empty for the need picker. */
export const MODES_PREFIX = 'modes:';
/** Matches every mode finder button. */
export const MODES_PATTERN = /^modes:\d+$/;
/** Prefix of the obligations buttons; the value is a situation id, empty for the situation picker. */
export const OBLIGATIONS_PREFIX = 'obligations:';
/** Matches every obligations button. */
export const OBLIGATIONS_PATTERN = /^obligations:\d+$/;
/** Prefix of the glossary buttons; the value is a term id, empty for the whole glossary. */
export const GLOSSARY_PREFIX = 'glossary:';
/** Matches every glossary button. */
export const GLOSSARY_PATTERN = /^glossary:\d+$/;
