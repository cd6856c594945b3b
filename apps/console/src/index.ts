export { ConsoleSession, greeting, QUIT_WORDS } from './console-session.js';
export { renderText, renderCitation, layoutText } from './render-text.js';
export { toAnswerJson, type AnswerJson } from './answer-json.js';
export { parseAskArgs, type AskArgs } from './parse-args.js';
export { knowledgeWarning } from './knowledge-warning.js';
