import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const manifest = readFileSync(new URL('../manifest.yaml', import.meta.url), 'utf8');

/**
 * The bot scopes each Web API method needs (Slack's method reference); a list means any one of them will do,
 * depending on the kind of conversation. A method missing here fails the test: look it up and add it.
 */
const METHOD_SCOPES: Record<string, string[]> = {
  'auth.test': [],
  'assistant.threads.setStatus': ['assistant:write'],
  'assistant.threads.setSuggestedPrompts': ['assistant:write'],
  'assistant.threads.setTitle': ['assistant:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'conversations.history': ['channels:history', 'groups:history', 'im:history', 'mpim:history'],
  'conversations.replies': ['channels:history', 'groups:history', 'im:history', 'mpim:history'],
  'users.info': ['users:read'],
  'views.open': [],
  'views.publish': [],
  'views.push': [],
  'views.update': [],
};

/** Scopes no Web API call needs, each with why the app asks for it. */
const OTHER_SCOPES: Record<string, string> = {
  'app_mentions:read': 'the app_mention event',
  'chat:write.public': '"Share in channel" into public channels the bot has not joined',
  commands: 'the slash commands',
  'im:history': 'the message.im event',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The Web API method behind each of Bolt's helpers (`respond` posts to the response URL and needs no scope). */
const BOLT_HELPERS: Record<string, string> = {
  say: 'chat.postMessage',
  setStatus: 'assistant.threads.setStatus',
  setSuggestedPrompts: 'assistant.threads.setSuggestedPrompts',
  setTitle: 'assistant.threads.setTitle',
};

function methodsCalledIn(source: string): string[] {
  const direct = [...source.matchAll(/\bclient\.([a-z]+(?:\.[a-zA-Z]+)+)\(/g)].map((m) => m[1] ?? '');
  const helpers = [...source.matchAll(/\b(say|setStatus|setSuggestedPrompts|setTitle)\(/g)].map((m) => BOLT_HELPERS[m[1] ?? ''] ?? '');
  return [...direct, ...helpers];
}

/** Every Web API method the code calls, as `client.<family>.<method>(` or through one of Bolt's helpers. */
const calledMethods = [...new Set(sourceFiles(SRC).flatMap((file) => methodsCalledIn(readFileSync(file, 'utf8'))))].sort();

const manifestScopes = [...manifest.matchAll(/^ {6}- ([a-z_]+:[a-z_.]+|commands)\b/gm)].map((m) => m[1] ?? '');

describe('manifest.yaml scopes, derived from the Web API methods the code calls', () => {
  it('finds the calls in the source, Bolt helpers included', () => {
    expect(calledMethods).toContain('chat.postMessage');
    expect(calledMethods).toContain('assistant.threads.setTitle');
  });

  it.each(calledMethods)('knows the scopes %s needs, and the manifest grants one of them', (method) => {
    const needs = METHOD_SCOPES[method];
    expect(needs, `add ${method} to METHOD_SCOPES`).toBeDefined();
    if (needs !== undefined && needs.length > 0)
      expect(
        manifestScopes.some((scope) => needs.includes(scope)),
        `${method} needs ${needs.join(' or ')}`,
      ).toBe(true);
  });

  it('asks for no scope that no call or event explains', () => {
    const explained = new Set([...calledMethods.flatMap((method) => METHOD_SCOPES[method] ?? []), ...Object.keys(OTHER_SCOPES)]);
    expect(manifestScopes.length).toBeGreaterThan(0);
    expect(manifestScopes.filter((scope) => !explained.has(scope))).toEqual([]);
  });
});
