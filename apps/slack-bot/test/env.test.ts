import { describe, expect, it } from 'vitest';
import { parseSlackEnv, SlackEnvError, usesSocketMode } from '../src/env.js';

const errorOf = (source: Record<string, string | undefined>): string => {
  try {
    parseSlackEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(SlackEnvError);
    return (error as Error).message;
  }
  throw new Error('expected parseSlackEnv to throw');
};

describe('parseSlackEnv', () => {
  it('names every missing variable at once', () => {
    const message = errorOf({});
    expect(message).toContain('SLACK_BOT_TOKEN: is missing');
    expect(message).toContain('SLACK_SIGNING_SECRET: is missing');
  });

  it('explains invalid values without echoing them', () => {
    const message = errorOf({
      SLACK_BOT_TOKEN: 'not-a-token-value',
      SLACK_APP_TOKEN: 'also-wrong-value',
      SLACK_PORT: 'eighty',
      SLACK_API_URL: 'ftp-nope-value',
    });
    expect(message).toMatch(/SLACK_BOT_TOKEN: must be a bot token/);
    expect(message).toMatch(/SLACK_APP_TOKEN: must be an app-level token/);
    expect(message).toContain('SLACK_PORT: must be a port number');
    expect(message).toMatch(/SLACK_API_URL: must be an http\(s\) URL/);
    expect(message).not.toMatch(/not-a-token-value|also-wrong-value|eighty|ftp-nope-value/);
  });

  it('uses HTTP mode on port 3000 by default, with the shared runtime defaults', () => {
    const env = parseSlackEnv({ SLACK_BOT_TOKEN: 'xoxb-test-only', SLACK_SIGNING_SECRET: 'secret' });
    expect(usesSocketMode(env)).toBe(false);
    expect(env.SLACK_PORT).toBe(3000);
    expect(env.SLACK_ADMIN_USER_IDS).toEqual([]);
    expect(env.COBRIDGE_RATE_LIMIT).toBeGreaterThan(0);
  });

  it('uses Socket Mode when an app token is set, and then needs no signing secret', () => {
    const env = parseSlackEnv({ SLACK_BOT_TOKEN: 'xoxb-test-only', SLACK_APP_TOKEN: 'xapp-test-only', SLACK_SIGNING_SECRET: '' });
    expect(usesSocketMode(env)).toBe(true);
  });

  it('reads the admin list and treats empty values as unset', () => {
    const env = parseSlackEnv({
      SLACK_BOT_TOKEN: 'xoxb-test-only',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_ADMIN_USER_IDS: 'U1, U2,',
      SLACK_API_URL: '',
    });
    expect(env.SLACK_ADMIN_USER_IDS).toEqual(['U1', 'U2']);
    expect(env.SLACK_API_URL).toBeUndefined();
  });
});
