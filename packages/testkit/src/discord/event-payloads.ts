import {
  type FakeDiscordIdentity,
  ALL_PERMISSIONS,
  channelPayload,
  dmChannelId,
  memberPayload,
  nextSnowflake,
  userPayload,
} from './identity.js';

/** Where an interaction or message comes from: the guild channel (default) or a DM. */
export interface DiscordOrigin {
  /** Send from a DM channel instead of the guild channel. */
  dm?: boolean;
  /** Author id; defaults to the identity's human user. */
  userId?: string;
  /** The client language an interaction carries (`locale`); defaults to en-US. */
  locale?: string;
}

function interactionPayload(
  identity: FakeDiscordIdentity,
  type: number,
  data: Record<string, unknown>,
  origin: DiscordOrigin,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const id = nextSnowflake();
  const user = userPayload(identity, origin.userId ?? identity.userId);
  const where = origin.dm
    ? {
        channel: { id: dmChannelId(user.id), type: 1, recipients: [user] },
        user,
        context: 1,
        authorizing_integration_owners: { '1': user.id },
      }
    : {
        guild_id: identity.guildId,
        channel: channelPayload(identity),
        member: { ...memberPayload(user), permissions: ALL_PERMISSIONS },
        guild_locale: 'en-US',
        context: 0,
        authorizing_integration_owners: { '0': identity.guildId },
      };
  return {
    id,
    application_id: identity.applicationId,
    type,
    data,
    token: `fake-interaction-token-${id}`,
    version: 1,
    app_permissions: ALL_PERMISSIONS,
    locale: origin.locale ?? 'en-US',
    entitlements: [],
    ...where,
    channel_id: (where.channel as { id: string }).id,
    ...extra,
  };
}

/** A slash-command option value; its JS type picks the Discord option type. */
export type DiscordOptionValue = string | number | boolean;

function optionPayload(name: string, value: DiscordOptionValue, focused = false): Record<string, unknown> {
  const type = typeof value === 'string' ? 3 : typeof value === 'boolean' ? 5 : Number.isInteger(value) ? 4 : 10;
  return { name, type, value, ...(focused ? { focused: true } : {}) };
}

/** INTERACTION_CREATE for a chat-input (slash) command; a name like `"admin stats"` invokes a subcommand. */
export function slashCommandPayload(
  identity: FakeDiscordIdentity,
  name: string,
  options: Record<string, DiscordOptionValue> = {},
  origin: DiscordOrigin = {},
): Record<string, unknown> {
  const [command = name, subcommand] = name.split(' ');
  const opts = Object.entries(options).map(([key, value]) => optionPayload(key, value));
  const top = subcommand ? [{ name: subcommand, type: 1, options: opts }] : opts;
  return interactionPayload(identity, 2, { id: nextSnowflake(), name: command, type: 1, options: top }, origin);
}

/** INTERACTION_CREATE for autocomplete: `focused` is the option being typed. */
export function autocompletePayload(
  identity: FakeDiscordIdentity,
  name: string,
  focused: { name: string; value: string },
  options: Record<string, DiscordOptionValue> = {},
  origin: DiscordOrigin = {},
): Record<string, unknown> {
  const others = Object.entries(options).map(([key, value]) => optionPayload(key, value));
  const opts = [optionPayload(focused.name, focused.value, true), ...others];
  return interactionPayload(identity, 4, { id: nextSnowflake(), name, type: 1, options: opts }, origin);
}

function botMessage(identity: FakeDiscordIdentity, channelId: string): Record<string, unknown> {
  return messageObject(identity, { channel_id: channelId, author: userPayload(identity, identity.botUserId) });
}

/** INTERACTION_CREATE for a click on a button with `customId`. */
export function buttonPayload(identity: FakeDiscordIdentity, customId: string, origin: DiscordOrigin = {}): Record<string, unknown> {
  const payload = interactionPayload(identity, 3, { custom_id: customId, component_type: 2 }, origin);
  return { ...payload, message: botMessage(identity, payload.channel_id as string) };
}

/** INTERACTION_CREATE for a string select menu with `customId` and the chosen values. */
export function selectMenuPayload(
  identity: FakeDiscordIdentity,
  customId: string,
  values: string[],
  origin: DiscordOrigin = {},
): Record<string, unknown> {
  const payload = interactionPayload(identity, 3, { custom_id: customId, component_type: 3, values }, origin);
  return { ...payload, message: botMessage(identity, payload.channel_id as string) };
}

/** A message object as REST returns it; `fields` override the defaults. */
export function messageObject(identity: FakeDiscordIdentity, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id: nextSnowflake(),
    channel_id: identity.channelId,
    author: userPayload(identity, identity.botUserId),
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...fields,
  };
}

/** MESSAGE_CREATE for `content`; user and role mentions and @everyone/@here are parsed from the text like Discord does. */
export function messageCreatePayload(
  identity: FakeDiscordIdentity,
  content: string,
  origin: DiscordOrigin & { bot?: boolean } = {},
): Record<string, unknown> {
  const author = userPayload(identity, origin.userId ?? identity.userId, origin.bot ?? false);
  const userIds = [...new Set([...content.matchAll(/<@!?(\d+)>/g)].map((match) => match[1] as string))];
  const roleIds = [...new Set([...content.matchAll(/<@&(\d+)>/g)].map((match) => match[1] as string))];
  const mentions = userIds.map((id) => userPayload(identity, id));
  const common = {
    content,
    author,
    mentions,
    mention_roles: origin.dm ? [] : roleIds,
    mention_everyone: !origin.dm && /@(everyone|here)/.test(content),
  };
  if (origin.dm) return messageObject(identity, { ...common, channel_id: dmChannelId(author.id), channel_type: 1 });
  return messageObject(identity, { ...common, channel_type: 0, guild_id: identity.guildId, member: memberPayload(undefined) });
}
