import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Lang } from '@cobridge/policy-knowledge';
import { interfaceStrings, type Reply, type ReplyBlock } from '@cobridge/reply';
import { citationField } from './clauses.js';
import { limitRows, topicButtonRows, voteRow, type ActionRow } from './components.js';
import { fitEmbed } from './fit-embed.js';
import { itemFields, pickerRow, pickerText, textMarkdown } from './layout-tool-parts.js';
import { escapeDiscord } from './markdown.js';
import { COLORS, type RenderedReply } from './reply.js';

const COLOR_OF: Record<Reply['tone'], number> = {
  answer: COLORS.answer,
  clarify: COLORS.clarify,
  unknown: COLORS.unknown,
  refuse: COLORS.unknown,
  notice: COLORS.notice,
  limited: COLORS.notice,
  error: COLORS.notice,
};

/** Rows of topic buttons each purpose may take (candidates get two: they are the reply). */
const ROWS_OF: Record<Extract<ReplyBlock, { type: 'actions' }>['purpose'], number> = { related: 1, candidates: 2, nearest: 1 };

interface Laid {
  description: string[];
  fields: APIEmbedField[];
  rows: ActionRow[];
}

/** One pass over the blocks: text to the description (a heading or verdict leads the paragraph after it), the rest to fields and rows. */
function layBlocks(reply: Reply): Laid {
  const laid: Laid = { description: [], fields: [], rows: [] };
  const audience = reply.audience ?? 'enterprise';
  let lead: string[] = [];
  for (const block of reply.blocks) {
    switch (block.type) {
      case 'heading':
      case 'verdict':
        lead.push(`**${escapeDiscord(block.text)}**`);
        break;
      case 'paragraph':
      case 'list': {
        const separator = block.type === 'list' ? '\n' : ' ';
        laid.description.push(lead.length > 0 ? `${lead.join('\n')}${separator}${textMarkdown(block)}` : textMarkdown(block));
        lead = [];
        break;
      }
      case 'fields':
        laid.fields.push(...itemFields(block.items, reply.lang));
        break;
      case 'picker': {
        const row = pickerRow(block.pick, block.label, block.options, reply.lang);
        if (row !== undefined) laid.rows.push(row);
        const text = pickerText(block.pick, block.label, block.options, reply.lang);
        if (text !== undefined) laid.description.push(text);
        break;
      }
      case 'citation':
        laid.fields.push(citationField(block.citation, block.document));
        break;
      case 'actions':
        laid.rows.push(...topicButtonRows(block.topics, audience, ROWS_OF[block.purpose]));
        break;
      case 'suggestions':
        laid.fields.push({ name: block.label, value: block.questions.map((q) => `- ${escapeDiscord(q)}`).join('\n') });
        break;
      default:
        return block satisfies never;
    }
  }
  if (lead.length > 0) laid.description.push(lead.join('\n'));
  return laid;
}

/**
 * Lays out a reply as one embed plus button rows; notices are a private description-only embed. The buttons and the
 * footer are in the interface language `lang` (the reply's own language unless the interaction's locale says otherwise).
 */
export function layoutReply(reply: Reply, recordId: number | null = null, lang: Lang = reply.lang): RenderedReply {
  const laid = layBlocks(reply);
  const description = laid.description.length > 0 ? { description: laid.description.join('\n\n') } : {};
  if (reply.tone === 'notice' || reply.tone === 'limited' || reply.tone === 'error') {
    return { embeds: [fitEmbed({ ...description, color: COLOR_OF[reply.tone] })], components: limitRows(laid.rows), ephemeral: true };
  }
  const embed: APIEmbed = { title: escapeDiscord(reply.title), ...description, color: COLOR_OF[reply.tone] };
  if (laid.fields.length > 0 || reply.tone === 'answer') embed.fields = laid.fields;
  if (reply.tone === 'answer' && reply.knowledgeVersion !== undefined) {
    const strings = interfaceStrings(lang);
    const parts = ['Cobridge', strings.wordingFor(reply.audience ?? 'enterprise'), strings.help.knowledgeVersion(reply.knowledgeVersion)];
    embed.footer = { text: parts.join(' · ') };
  }
  const rows = [...laid.rows];
  if (recordId !== null && reply.rateable) rows.push(voteRow(recordId, lang));
  return { embeds: [fitEmbed(embed)], components: limitRows(rows), ephemeral: false };
}
