import { describe, expect, it, vi } from 'vitest';
import { appsToStart, healthPortOf, runCommand } from '../src/index.js';

describe('appsToStart', () => {
  it.each([
    [{}, ['console']],
    [{ SLACK_BOT_TOKEN: 'slack-token' }, ['slack']],
    [{ DISCORD_TOKEN: 'token' }, ['discord']],
    [{ SLACK_BOT_TOKEN: 'slack-token', DISCORD_TOKEN: 'token' }, ['slack', 'discord']],
    [{ SLACK_BOT_TOKEN: '  ', DISCORD_TOKEN: '' }, ['console']],
  ])('starts %j as %j', (env, apps) => {
    expect(appsToStart(env)).toEqual(apps);
  });
});

describe('healthPortOf', () => {
  it('uses COBRIDGE_HEALTH_PORT, else the Slack HTTP port, else none', () => {
    expect(healthPortOf({ COBRIDGE_HEALTH_PORT: '8080', SLACK_BOT_TOKEN: 'slack-token' })).toBe(8080);
    expect(healthPortOf({ SLACK_BOT_TOKEN: 'slack-token' })).toBe(3000);
    expect(healthPortOf({ SLACK_BOT_TOKEN: 'slack-token', SLACK_PORT: '4000' })).toBe(4000);
    expect(healthPortOf({ SLACK_BOT_TOKEN: 'slack-token', SLACK_APP_TOKEN: 'app-token' })).toBeUndefined();
    expect(healthPortOf({ DISCORD_TOKEN: 'token' })).toBeUndefined();
  });
});

describe('runCommand', () => {
  it('refuses an unknown command with the usage and exit code 2', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runCommand(['serve'])).toBe(2);
      expect(String(stderr.mock.calls[0]?.[0])).toContain('cobridge: unknown command "serve"\nUsage: cobridge [start');
    } finally {
      stderr.mockRestore();
    }
  });
});
