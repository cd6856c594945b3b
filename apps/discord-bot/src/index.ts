export { createDiscordClient, INTENTS, type DiscordClientDeps } from './client.js';
export { parseDiscordEnv, loadDotEnv, discordEnvSchema, DiscordEnvError, type DiscordEnv } from './env.js';
export { COMMANDS, commandDefinitions } from './commands/index.js';
export type { Command } from './commands/command.js';
export { publishCommands, type PublishResult } from './publish-commands.js';
export { renderResult, renderOutcome, renderAnswer } from './render/render-result.js';
export { layoutReply } from './render/layout-reply.js';
export { toQuestion } from './inbound.js';
export { createInFlight, type InFlight } from './in-flight.js';
