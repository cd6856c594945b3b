import { describe, expect, it } from 'vitest';
import { DiscordEnvError, parseDiscordEnv } from '../src/env.js';

const valid = { DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: '100000000000000001' };

describe('parseDiscordEnv', () => {
  it('accepts the two required settings and fills the shared defaults', () => {
    const env = parseDiscordEnv(valid);
    expect(env.DISCORD_ADMIN_USER_IDS).toEqual([]);
    expect(env.DISCORD_GUILD_ID).toBeUndefined();
    expect(env.COBRIDGE_RATE_LIMIT).toBeGreaterThan(0);
  });

  it('treats empty variables as unset and splits the admin list', () => {
    const env = parseDiscordEnv({ ...valid, DISCORD_GUILD_ID: '', DISCORD_ADMIN_USER_IDS: '400000000000000001, 400000000000000002' });
    expect(env.DISCORD_GUILD_ID).toBeUndefined();
    expect(env.DISCORD_ADMIN_USER_IDS).toEqual(['400000000000000001', '400000000000000002']);
  });

  it('lists every missing or invalid variable without echoing any value', () => {
    const secretish = 'not-an-id-value-xyz';
    let message = '';
    try {
      parseDiscordEnv({ DISCORD_GUILD_ID: secretish, DISCORD_API_URL: 'ftp://nope-value', COBRIDGE_RATE_LIMIT: 'lots-value' });
    } catch (error) {
      expect(error).toBeInstanceOf(DiscordEnvError);
      message = (error as Error).message;
    }
    for (const name of ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'COBRIDGE_RATE_LIMIT']) {
      expect(message).toContain(name);
    }
    expect(message).not.toMatch(/xyz|nope-value|lots-value/u);
  });
});
