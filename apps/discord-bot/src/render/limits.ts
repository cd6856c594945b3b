/** Discord's documented limits for embeds and message components. */

/** Longest embed title. */
export const EMBED_TITLE_MAX = 256;
/** Longest embed description. */
export const EMBED_DESCRIPTION_MAX = 4096;
/** Most fields in one embed. */
export const EMBED_FIELDS_MAX = 25;
/** Longest field name. */
export const EMBED_FIELD_NAME_MAX = 256;
/** Longest field value. */
export const EMBED_FIELD_VALUE_MAX = 1024;
/** Longest footer text. */
export const EMBED_FOOTER_MAX = 2048;
/** Most characters in one embed: title, description, field names and values, footer and author name. */
export const EMBED_TOTAL_MAX = 6000;
/** Most buttons in one action row. */
export const BUTTONS_PER_ROW = 5;
/** Most action rows in one message. */
export const ROWS_PER_MESSAGE = 5;
/** Longest button label. */
export const BUTTON_LABEL_MAX = 80;
/** Most options in one select menu. */
export const SELECT_OPTIONS_MAX = 25;
/** Longest select option label, value and description. */
export const SELECT_OPTION_TEXT_MAX = 100;
/** Longest custom id of a component. */
export const CUSTOM_ID_MAX = 100;
/** Most autocomplete choices. */
export const AUTOCOMPLETE_CHOICES_MAX = 25;
/** Longest autocomplete choice name and value. */
export const AUTOCOMPLETE_CHOICE_MAX = 100;
