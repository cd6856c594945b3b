import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '@cobridge/testkit';
import { publishCommands } from '../src/publish-commands.js';

interface Localized {
  name: string;
  description?: string;
  description_localizations?: Record<string, string>;
  options?: Localized[];
  choices?: { name: string; name_localizations?: Record<string, string> }[];
}

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});

/** Every command, subcommand and option in a published body, with its path. */
function everyItem(items: Localized[], prefix = ''): [string, Localized][] {
  return items.flatMap((item) => [
    [`${prefix}${item.name}`, item] as [string, Localized],
    ...everyItem(item.options ?? [], `${prefix}${item.name}.`),
  ]);
}

describe('the registered commands carry Chinese descriptions', () => {
  it('gives every command, subcommand, option and choice a zh-CN and zh-TW text within Discord’s limits', async () => {
    await publishCommands({ DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: '100000000000000001', DISCORD_API_URL: fake.apiUrl });
    const published = fake.commands.get('global') as Localized[];
    const items = everyItem(published);
    expect(items.length).toBeGreaterThan(published.length);
    for (const [path, item] of items) {
      const zh = item.description_localizations;
      expect(zh, `${path} has no Chinese description`).toBeDefined();
      expect(zh?.['zh-CN'], path).toMatch(/\p{Script=Han}/u);
      expect(zh?.['zh-TW'], path).toBe(zh?.['zh-CN']);
      expect((zh?.['zh-CN'] ?? '').length, path).toBeLessThanOrEqual(100);
      for (const choice of item.choices ?? [])
        expect(choice.name_localizations?.['zh-CN'], `${path}: ${choice.name}`).toMatch(/\p{Script=Han}/u);
    }
    const ask = published.find((command) => command.name === 'ask');
    expect(ask?.description_localizations).toEqual({ 'zh-CN': '用自己的话询问校企合作政策', 'zh-TW': '用自己的话询问校企合作政策' });
  });
});
