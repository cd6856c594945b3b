import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { matchNames } from '@cobridge/policy-knowledge';
import { AUTOCOMPLETE_CHOICES_MAX, AUTOCOMPLETE_CHOICE_MAX } from '../render/limits.js';
import { truncate } from '../render/markdown.js';

/** Something an autocomplete can offer: its shown name, its value and other words that find it. */
export interface Choosable {
  name: string;
  value: string;
  words?: readonly string[];
}

/** Autocomplete choices whose name or words start with, contain or (misspelt) resemble the typed text, best first. */
export function matchChoices(items: readonly Choosable[], typed: string): ApplicationCommandOptionChoiceData<string>[] {
  return matchNames(items, typed, (item) => [item.name, item.value, ...(item.words ?? [])])
    .slice(0, AUTOCOMPLETE_CHOICES_MAX)
    .map((item) => ({ name: truncate(item.name, AUTOCOMPLETE_CHOICE_MAX), value: item.value }));
}
