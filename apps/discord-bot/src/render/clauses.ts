import type { APIEmbedField } from 'discord.js';
import type { Citation } from '@cobridge/policy-knowledge';
import { blockQuote, escapeDiscord } from './markdown.js';

/**
 * The field that cites a clause: its label (or clause and section) and its document, when not the first one's, as
 * the name; the quote as the value.
 */
export function citationField(citation: Citation, document?: string): APIEmbedField {
  const from = document === undefined ? '' : ` · ${escapeDiscord(document)}`;
  const where =
    citation.label === undefined ? `Source: clause ${citation.clause} (section ${citation.section})` : escapeDiscord(citation.label);
  return { name: `${where}${from}`, value: blockQuote(citation.quote) };
}

/** "clause 3-4 (section 3), clause 3-5 (section 3)": the clauses an item rests on, each once. */
function clauseList(citations: readonly Citation[]): string {
  const distinct = new Map(citations.map((citation) => [citation.clause, citation]));
  return [...distinct.values()].map((c) => `clause ${c.clause} (section ${c.section})`).join(', ');
}

/** A small "Source: clause 3-4 (section 3), …" line to put under an item, or '' when it cites nothing. */
export function clauseLine(citations: readonly Citation[]): string {
  const clauses = clauseList(citations);
  return clauses ? `\n-# Source: ${clauses}` : '';
}
