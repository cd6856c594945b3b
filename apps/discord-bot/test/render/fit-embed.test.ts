import { describe, expect, it } from 'vitest';
import { embedLength } from 'discord.js';
import { fitEmbed } from '../../src/render/fit-embed.js';
import { expectWithinDiscordLimits } from '../expect-within-discord-limits.js';

describe('fitEmbed', () => {
  it('cuts every part of an oversized embed to Discord limits', () => {
    const huge = 'x'.repeat(10_000);
    const embed = fitEmbed({
      title: huge,
      description: huge,
      footer: { text: huge },
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `${i}${huge}`, value: huge })),
    });
    expectWithinDiscordLimits({ embeds: [embed], components: [], ephemeral: false });
    expect(embedLength(embed)).toBeLessThanOrEqual(6000);
  });

  it('leaves an embed that fits unchanged', () => {
    const embed = { title: 'T', description: 'D', fields: [{ name: 'n', value: 'v' }] };
    expect(fitEmbed(embed)).toEqual(embed);
  });
});
