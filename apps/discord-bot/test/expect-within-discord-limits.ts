import { expect } from 'vitest';
import type { RenderedReply } from '../src/render/reply.js';
import { embedLength } from 'discord.js';
import * as L from '../src/render/limits.js';

/** Asserts a reply respects every Discord embed and component limit. */
export function expectWithinDiscordLimits(reply: RenderedReply): void {
  for (const embed of reply.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(L.EMBED_TITLE_MAX);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(L.EMBED_DESCRIPTION_MAX);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(L.EMBED_FIELDS_MAX);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(L.EMBED_FIELD_NAME_MAX);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(L.EMBED_FIELD_VALUE_MAX);
    }
    expect(embedLength(embed)).toBeLessThanOrEqual(L.EMBED_TOTAL_MAX);
  }
  expect(reply.components.length).toBeLessThanOrEqual(L.ROWS_PER_MESSAGE);
  for (const row of reply.components) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(L.BUTTONS_PER_ROW);
    for (const component of row.components) {
      if ('custom_id' in component) expect(component.custom_id.length).toBeLessThanOrEqual(L.CUSTOM_ID_MAX);
      if ('label' in component && component.label) expect(component.label.length).toBeLessThanOrEqual(L.BUTTON_LABEL_MAX);
      if ('options' in component && component.options) expect(component.options.length).toBeLessThanOrEqual(L.SELECT_OPTIONS_MAX);
    }
  }
}
