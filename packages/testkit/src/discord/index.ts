export { FakeDiscord, type FakeDiscordOptions, type SentInteraction } from './fake-discord.js';
export { FakeGateway, DiscordGatewayOp } from './fake-gateway.js';
export type { DiscordCall } from './rest-routes.js';
export { DEFAULT_DISCORD_IDENTITY, nextSnowflake, dmChannelId, type FakeDiscordIdentity } from './identity.js';
export {
  slashCommandPayload,
  autocompletePayload,
  buttonPayload,
  selectMenuPayload,
  messageCreatePayload,
  type DiscordOptionValue,
  type DiscordOrigin,
} from './event-payloads.js';
