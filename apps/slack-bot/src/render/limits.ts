/** Most blocks Slack accepts in one message. */
export const MAX_BLOCKS = 50;
/** Most blocks in a Home tab or modal view. */
export const MAX_VIEW_BLOCKS = 100;
/** Most characters in a section block's text. */
export const MAX_SECTION_TEXT = 3000;
/** Most characters in a button's label. */
export const MAX_BUTTON_TEXT = 75;
/** Most characters in a button's value. */
export const MAX_BUTTON_VALUE = 2000;
/** Most elements in one actions block. */
export const MAX_ACTIONS_ELEMENTS = 25;
/** Most elements in one context block. */
export const MAX_CONTEXT_ELEMENTS = 10;
/** Most characters in a header block (plain text). */
export const MAX_HEADER_TEXT = 150;
/** Most characters in a modal title. */
export const MAX_MODAL_TITLE = 24;
/** Characters of a clause quoted inline before the rest moves behind "Show source". */
export const CITATION_PREVIEW_CHARS = 280;
/** Characters of the notification fallback `text` (Slack shows it in notifications and old clients). */
export const FALLBACK_TEXT_CHARS = 300;
/** Related topics, candidates or nearest topics offered as buttons under one answer. */
export const MAX_TOPIC_BUTTONS = 5;
