import type { APIEmbedField } from 'discord.js';
import type { Citation, Lang } from '@cobridge/policy-knowledge';
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

/** How an item's clauses are named under it, in each language. */
const CLAUSE_WORDS: Record<Lang, { source: string; clause: (c: Citation) => string; separator: string }> = {
  en: { source: 'Source: ', clause: (c) => `clause ${c.clause} (section ${c.section})`, separator: ', ' },
  zh: { source: '来源：', clause: (c) => `第 ${c.clause} 条（第 ${c.section} 节）`, separator: '、' },
};

/** "clause 3-4 (section 3), clause 3-5 (section 3)": the clauses an item rests on, each once, in `lang`. */
function clauseList(citations: readonly Citation[], lang: Lang): string {
  const words = CLAUSE_WORDS[lang];
  const distinct = new Map(citations.map((citation) => [citation.clause, citation]));
  return [...distinct.values()].map(words.clause).join(words.separator);
}

/** A small "Source: clause 3-4 (section 3), …" line (来源：… in Chinese) to put under an item, or '' when it cites nothing. */
export function clauseLine(citations: readonly Citation[], lang: Lang = 'en'): string {
  const clauses = clauseList(citations, lang);
  return clauses ? `\n-# ${CLAUSE_WORDS[lang].source}${clauses}` : '';
}
