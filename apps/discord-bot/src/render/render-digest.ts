import type { AnswerResult, Audience } from '@cobridge/policy-knowledge';
import { fitEmbed } from './fit-embed.js';
import { escapeDiscord, toDiscordMarkdown, truncate } from './markdown.js';
import { topicMenuRow } from './components.js';
import { clauseLine } from './clauses.js';
import { COLORS, type RenderedReply } from './reply.js';

/** Longest summary of one topic inside a digest field, so a digest of many topics stays readable. */
export const DIGEST_SUMMARY_MAX = 600;

/** A list of topics in one embed: what to show above the list and the full answers it summarises. */
export interface Digest {
  title: string;
  intro: string;
  entries: AnswerResult[];
  audience: Audience;
  placeholder: string;
}

function firstParagraph(text: string): string {
  return text.split(/\n{2,}/u)[0] ?? text;
}

/**
 * Renders topics as one field each (short summary plus its clause) and a select menu that expands any of them
 * to its full answer with the quoted clause.
 */
export function renderDigest(digest: Digest): RenderedReply {
  const fields = digest.entries.map((entry) => ({
    name: escapeDiscord(entry.topic.title),
    value: `${truncate(toDiscordMarkdown(firstParagraph(entry.text)), DIGEST_SUMMARY_MAX)}${clauseLine(entry.citations)}`,
  }));
  const embed = fitEmbed({ title: digest.title, description: toDiscordMarkdown(digest.intro), color: COLORS.answer, fields });
  const menuTopics = digest.entries.map((entry) => ({
    id: entry.topic.id,
    title: entry.topic.title,
    description: entry.citations[0] ? `Clause ${entry.citations[0].clause}` : '',
  }));
  const components = menuTopics.length > 0 ? [topicMenuRow(menuTopics, digest.audience, digest.placeholder)] : [];
  return { embeds: [embed], components, ephemeral: false };
}
