import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { AUTOCOMPLETE_CHOICES_MAX, AUTOCOMPLETE_CHOICE_MAX } from '../render/limits.js';
import { truncate } from '../render/markdown.js';

/** Something an autocomplete can offer: its shown name, its value and other words that find it. */
export interface Choosable {
  name: string;
  value: string;
  words?: readonly string[];
}

/** Autocomplete choices whose name or words contain the typed text, names that start with it first; within Discord limits. */
export function matchChoices(items: readonly Choosable[], typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const needle = typed.trim().toLowerCase();
  const found = (item: Choosable) => [item.name, item.value, ...(item.words ?? [])].some((w) => w.toLowerCase().includes(needle));
  const starts = (item: Choosable) => (item.name.toLowerCase().startsWith(needle) ? 0 : 1);
  return items
    .filter(found)
    .sort((a, b) => starts(a) - starts(b))
    .slice(0, AUTOCOMPLETE_CHOICES_MAX)
    .map((item) => ({ name: truncate(item.name, AUTOCOMPLETE_CHOICE_MAX), value: item.value }));
}
