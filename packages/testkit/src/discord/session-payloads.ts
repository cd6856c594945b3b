import { type FakeDiscordIdentity, memberPayload, channelPayload, userPayload, ALL_PERMISSIONS } from './identity.js';

/** The READY dispatch for a new session. */
export function readyPayload(
  identity: FakeDiscordIdentity,
  sessionId: string,
  resumeUrl: string,
  shard: [number, number],
): Record<string, unknown> {
  return {
    v: 10,
    user: userPayload(identity, identity.botUserId),
    guilds: [{ id: identity.guildId, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: identity.applicationId, flags: 0 },
  };
}

/** The GUILD_CREATE dispatch: one guild with an @everyone role, one text channel and the bot as member. */
export function guildCreatePayload(identity: FakeDiscordIdentity): Record<string, unknown> {
  return {
    id: identity.guildId,
    name: 'Fake Guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: identity.userId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    features: [],
    roles: [
      {
        id: identity.guildId,
        name: '@everyone',
        permissions: ALL_PERMISSIONS,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    channels: [channelPayload(identity)],
    threads: [],
    members: [memberPayload(userPayload(identity, identity.botUserId))],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    application_id: null,
    vanity_url_code: null,
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
  };
}
