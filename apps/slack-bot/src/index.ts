export { createSlackApp, type SlackAppDeps, type SlackBot } from './app.js';
export { parseSlackEnv, loadSlackEnv, usesSocketMode, SlackEnvError, type SlackEnv } from './env.js';
export { toQuestion, type InboundQuestion } from './inbound.js';
export { renderResult, renderLimited, renderError, renderClarify, renderUnknown } from './render/render-result.js';
export { renderAnswer, type RenderOptions } from './render/render-answer.js';
export { renderHelp } from './render/render-help.js';
export { renderHome, renderSourceModal, renderTopicModal } from './render/render-views.js';
export type { SlackMessage, Block } from './render/block-kit.js';
