export * from './fake-slack-api.js';
export * from './fake-socket-mode.js';
export * from './sign-slack-request.js';
export * from './slack-payloads.js';
export * from './slack-test-ids.js';
