/** The ids and names the fake uses for its one guild, channel, bot and human user. */
export interface FakeDiscordIdentity {
  applicationId: string;
  botUserId: string;
  botUsername: string;
  guildId: string;
  channelId: string;
  userId: string;
  username: string;
}

/** Default identity: fixed, obviously fake snowflakes. */
export const DEFAULT_DISCORD_IDENTITY: FakeDiscordIdentity = {
  applicationId: '100000000000000001',
  botUserId: '100000000000000001',
  botUsername: 'Cobridge',
  guildId: '200000000000000001',
  channelId: '300000000000000001',
  userId: '400000000000000001',
  username: 'hr-manager',
};

/** A user object as the gateway sends it. */
export interface FakeUserPayload {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake id: the current time in the high bits, a counter in the low bits. */
export function nextSnowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** A user payload for an id; the bot's id gives the bot user. */
export function userPayload(identity: FakeDiscordIdentity, id: string, bot = false): FakeUserPayload {
  const isBot = bot || id === identity.botUserId;
  const username = id === identity.botUserId ? identity.botUsername : id === identity.userId ? identity.username : `user-${id}`;
  return { id, username, discriminator: '0', global_name: null, avatar: null, ...(isBot ? { bot: true } : {}) };
}

/** Every permission bit: the fake grants the bot and users everything. */
export const ALL_PERMISSIONS = '2251799813685247';

/** The DM channel id the fake uses for a user: stable, so replies can be matched. */
export function dmChannelId(userId: string): string {
  return `9${userId.slice(1)}`;
}

/** A guild member payload, with or without its user. */
export function memberPayload(user: FakeUserPayload | undefined): Record<string, unknown> {
  return { ...(user ? { user } : {}), roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 };
}

/** The guild's one text channel. */
export function channelPayload(identity: FakeDiscordIdentity): Record<string, unknown> {
  return {
    id: identity.channelId,
    type: 0,
    guild_id: identity.guildId,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
  };
}
