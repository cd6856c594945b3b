import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '@cobridge/testkit';
import { publishCommands } from '../src/publish-commands.js';
import { commandDefinitions } from '../src/commands/index.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});

describe('publishCommands', () => {
  const env = { DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: '100000000000000001' };

  it('overwrites the test server commands when DISCORD_GUILD_ID is set', async () => {
    const result = await publishCommands({ ...env, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: '200000000000000001' });
    expect(result).toEqual({ scope: 'guild', count: 10 });
    const call = fake.calls.find((c) => c.method === 'PUT');
    expect(call).toMatchObject({
      route: '/applications/100000000000000001/guilds/200000000000000001/commands',
      authorization: 'Bot test-token',
    });
    expect((call?.body as { name: string }[] | undefined)?.map((c) => c.name)).toEqual([
      'ask',
      'topic',
      'modes',
      'obligations',
      'check',
      'timeline',
      'find-modes',
      'glossary',
      'help',
      'admin',
    ]);
  });

  it('publishes globally otherwise', async () => {
    await publishCommands({ ...env, DISCORD_API_URL: fake.apiUrl });
    expect(fake.commands.get('global')).toHaveLength(commandDefinitions().length);
  });
});

describe('command definitions', () => {
  it('are valid Discord names and descriptions, with autocomplete on topic names, situations and glossary terms', () => {
    for (const command of commandDefinitions()) {
      expect(command.name).toMatch(/^[a-z-]{1,32}$/u);
      expect(command.description.length).toBeLessThanOrEqual(100);
      for (const option of command.options ?? []) expect(option.description.length).toBeLessThanOrEqual(100);
    }
    const autocompleted = commandDefinitions().flatMap((c) =>
      (c.options ?? []).filter((o) => 'autocomplete' in o && o.autocomplete).map((o) => `${c.name}.${o.name}`),
    );
    expect(autocompleted).toEqual(['topic.name', 'obligations.situation', 'glossary.term']);
  });
});
