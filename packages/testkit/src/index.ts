export * from './discord/index.js';
export * from './slack/index.js';
export * from './fuzz/index.js';
