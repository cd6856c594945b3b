import { escapeMarkdown } from 'discord.js';
import { ELLIPSIS, truncate as truncateText } from '@cobridge/reply';

const ZERO_WIDTH_SPACE = '\u200b';

/** Breaks `@everyone`, `@here` and `<@…>`, `<@&…>`, `<#…>` mention syntax so it shows as text and can never ping. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/giu, `@${ZERO_WIDTH_SPACE}$1`).replace(/<(@[!&]?|#)/gu, `<${ZERO_WIDTH_SPACE}$1`);
}

/** Longest text escaped: above every Discord field limit, so nothing shown is lost, and escaping stays fast. */
export const MAX_ESCAPE_INPUT = 6000;

/** Escapes every Discord markdown construct (including headings, lists and masked links) and neutralizes mentions. */
export function escapeDiscord(text: string): string {
  // discord.js's escapers are quadratic on long input: cut first (the embed limits cut harder later anyway).
  const bounded = text.length > MAX_ESCAPE_INPUT ? text.slice(0, MAX_ESCAPE_INPUT) : text;
  const escaped = escapeMarkdown(bounded, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return neutralizeMentions(escaped);
}

/** Cuts text to `max` characters with an ellipsis (never splitting a grapheme) and never leaves half an escape. */
export function truncate(text: string, max: number): string {
  const cut = truncateText(text, max);
  if (cut === text) return text;
  const kept = cut.slice(0, -ELLIPSIS.length);
  const trailing = /\\+$/u.exec(kept)?.[0].length ?? 0;
  return trailing % 2 === 1 ? `${kept.slice(0, -1)}${ELLIPSIS}` : cut;
}

/**
 * Turns the engine's plain text (paragraphs split by blank lines, bullets as "- ") into safe Discord markdown:
 * every line escaped, bullets kept as Discord list items.
 */
export function toDiscordMarkdown(text: string): string {
  return text
    .split(/\n{2,}/u)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => (line.startsWith('- ') ? `- ${escapeDiscord(line.slice(2))}` : escapeDiscord(line)))
        .join('\n'),
    )
    .join('\n\n');
}

/** Quotes a clause as a Discord block quote, escaped line by line. */
export function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeDiscord(line)}`)
    .join('\n');
}
