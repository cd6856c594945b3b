import { describe, expect, it } from 'vitest';
import { escapeDiscord, neutralizeMentions, toDiscordMarkdown, truncate } from '../../src/render/markdown.js';

describe('escapeDiscord', () => {
  it.each(['@everyone', '@here', '<@123>', '<@!123>', '<@&456>', '<#789>'])('breaks the mention %j', (mention) => {
    expect(escapeDiscord(`hi ${mention}`)).not.toContain(mention);
  });

  it('escapes markdown so it shows literally', () => {
    const escaped = escapeDiscord('**bold** _it_ `code` ~~s~~ ||spoiler|| [link](target) # heading');
    expect(escaped).toContain('\\*\\*bold\\*\\*');
    expect(escaped).toContain('\\`code\\`');
    expect(escaped).toContain('\\|\\|spoiler\\|\\|');
    expect(escaped).toContain('\\[link](');
    expect(escapeDiscord('# heading')).toBe('\\# heading');
  });

  it('keeps ordinary text readable', () => {
    expect(neutralizeMentions('email me at hr at example dot org')).toBe('email me at hr at example dot org');
  });
});

describe('toDiscordMarkdown', () => {
  it('keeps paragraphs and bullet items but escapes their text', () => {
    const text = 'Intro with *stars*.\n\nThe nearest topics:\n- First _one_\n- Second @everyone';
    const rendered = toDiscordMarkdown(text);
    expect(rendered.split('\n\n')).toHaveLength(2);
    expect(rendered).toContain('\n- First \\_one\\_');
    expect(rendered).not.toContain('@everyone');
  });
});

describe('truncate', () => {
  it('leaves short text alone and cuts long text with an ellipsis', () => {
    expect(truncate('abc', 5)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
  });

  it('never leaves a dangling escape or half a surrogate pair', () => {
    expect(truncate('ab\\*cd', 4)).toBe('ab…');
    expect(truncate('a😀bc', 3)).toBe('a…');
  });
});
