import type { GlossaryTerm } from '@cobridge/policy-knowledge';
import { GLOSSARY_WORDING } from '@cobridge/reply';
import { termMenuId } from '../custom-ids.js';
import { selectRow, topicButtonRows, type ActionRow } from './components.js';
import { clauseFields, clauseList } from './clauses.js';
import { fitEmbed } from './fit-embed.js';
import { escapeDiscord, toDiscordMarkdown } from './markdown.js';
import { COLORS, type RenderedReply } from './reply.js';

/** A select menu that opens any glossary term. */
export function termMenuRow(terms: GlossaryTerm[]): ActionRow {
  const options = terms.map((term) => ({ label: term.term, value: term.id, description: term.aliases.join(', ') }));
  return selectRow(termMenuId(), 'Open a term', options);
}

/** One glossary term: its plain definition, everyday and pinyin words for it, its quoted clauses and its topic. */
export function renderTerm(term: GlossaryTerm): RenderedReply {
  const aliases = term.aliases.length > 0 ? [{ name: GLOSSARY_WORDING.alsoSaidAs, value: escapeDiscord(term.aliases.join(', ')) }] : [];
  const embed = fitEmbed({
    title: escapeDiscord(term.term),
    description: toDiscordMarkdown(term.definition),
    color: COLORS.answer,
    fields: [...aliases, ...clauseFields(term.citations)],
  });
  return { embeds: [embed], components: term.topic ? topicButtonRows([term.topic], 'enterprise') : [], ephemeral: false };
}

/** Every glossary term in one list (term, everyday words, clause), with a menu to open any of them. */
export function renderGlossaryList(terms: GlossaryTerm[]): RenderedReply {
  const lines = terms.map((term) => {
    const aliases = term.aliases.length > 0 ? `: ${escapeDiscord(term.aliases.join(', '))} ` : ' ';
    return `- **${escapeDiscord(term.term)}**${aliases}· ${clauseList(term.citations)}`;
  });
  const embed = fitEmbed({
    title: GLOSSARY_WORDING.title,
    description:
      lines.length > 0
        ? `The guidance's terms and the everyday or pinyin words people use for them.\n\n${lines.join('\n')}`
        : 'The glossary is empty.',
    color: COLORS.notice,
  });
  return { embeds: [embed], components: terms.length > 0 ? [termMenuRow(terms)] : [], ephemeral: true };
}
