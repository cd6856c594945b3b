export type { FieldItem, PickKind, PickOption, Reply, ReplyBlock, Tone, TopicChoice } from './reply.js';
export { blocksOf } from './reply.js';
export { truncate, oneLine, ELLIPSIS } from './truncate.js';
export { textBlocks } from './plain-text.js';
export { replyFromResult, citationBlocks, SUMMARY_CHARS } from './reply-from-result.js';
export { noticeReply, limitedReply, errorReply } from './notices.js';
export { interfaceStrings, interfaceLang, type InterfaceStrings } from './interface-strings.js';
export { COMMAND_TEXT_ZH } from './command-text-zh.js';
export { replyFromTool } from './tool-reply.js';
export { replyFromCheck, verdictTitle } from './check-reply.js';
export {
  APOLOGY,
  FEATURE_OFF,
  limitedText,
  AUDIENCE_LABELS,
  wordingFor,
  CATEGORY_LABELS,
  topicCount,
  PARTY_LABELS,
  OFFER_LABELS,
  RESULT_LABELS,
  RESULT_LABELS_ZH,
  resultLabels,
  EXAMPLE_QUESTIONS,
  ASSISTANT_WORDING,
  HELP_WORDING,
  type ExampleQuestion,
} from './wording.js';
export {
  CHECK_WORDING,
  TIMELINE_WORDING,
  MODES_WORDING,
  OBLIGATIONS_WORDING,
  GLOSSARY_WORDING,
  TOOL_DESCRIPTIONS,
  toolWording,
  type ToolKind,
  type ToolWording,
  type CheckWording,
  type TimelineWording,
  type ModesWording,
  type ObligationsWording,
  type GlossaryWording,
} from './tool-wording.js';
