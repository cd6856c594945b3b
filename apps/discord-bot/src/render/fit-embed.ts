import { embedLength, type APIEmbed, type APIEmbedField } from 'discord.js';
import {
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  EMBED_TOTAL_MAX,
} from './limits.js';
import { truncate } from './markdown.js';

/**
 * Makes an embed fit every Discord limit: cuts title, description, field names and values and footer,
 * keeps at most 25 fields, then shortens the description and drops trailing fields until the total fits.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, EMBED_TITLE_MAX);
  if (embed.description !== undefined) fitted.description = truncate(embed.description, EMBED_DESCRIPTION_MAX);
  if (embed.footer) fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, EMBED_FOOTER_MAX) };
  let fields: APIEmbedField[] = (embed.fields ?? []).slice(0, EMBED_FIELDS_MAX).map((field) => ({
    ...field,
    name: truncate(field.name, EMBED_FIELD_NAME_MAX),
    value: truncate(field.value, EMBED_FIELD_VALUE_MAX),
  }));
  if (embed.fields) fitted.fields = fields;

  const excess = embedLength(fitted) - EMBED_TOTAL_MAX;
  if (excess > 0 && fitted.description) {
    const keep = Math.max(1, fitted.description.length - excess);
    fitted.description = truncate(fitted.description, keep);
  }
  while (embedLength(fitted) > EMBED_TOTAL_MAX && fields.length > 0) {
    fields = fields.slice(0, -1);
    fitted.fields = fields;
  }
  return fitted;
}
