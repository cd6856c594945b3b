import type { Citation } from '@cobridge/policy-knowledge/serve';
import { blocksOf, replyFromResult, truncate, type Reply, type ReplyBlock } from '@cobridge/reply';
import { fieldLines, pickerLines } from './layout-tool-text.js';
import type { AdvisorResult, Audience } from '@cobridge/policy-knowledge/serve';

/** Longest quote shown under an answer; the full clause is in `pnpm kb coverage` and the JSON output. */
export const MAX_QUOTE_CHARS = 400;

/** One citation line: the document (when not the first one's), section, clause id and the quoted clause. */
export function renderCitation(citation: Citation, document?: string): string {
  const from = document === undefined ? '' : `${document}, `;
  const where = citation.label ?? `Source: ${from}section ${citation.section}, clause ${citation.clause}`;
  return `${citation.label === undefined ? where : `${from}${where}`}: "${truncate(citation.quote, MAX_QUOTE_CHARS)}"`;
}

function textLines(block: Extract<ReplyBlock, { type: 'paragraph' | 'list' }>): string {
  if (block.type === 'paragraph') return block.text;
  return [...(block.intro === undefined ? [] : [block.intro]), ...block.items.map((item) => `- ${item}`)].join('\n');
}

/** Lays out a reply as terminal text: an answer's title, paragraphs, then the sources, then what to ask next (candidates numbered). */
export function layoutText(reply: Reply): string {
  const parts: string[] = [];
  const sources: string[] = [];
  let lead: string[] = [];
  for (const block of reply.blocks) {
    switch (block.type) {
      case 'heading':
        lead.push(`» ${block.text}\n`);
        break;
      case 'verdict':
        lead.push(`${block.text} `);
        break;
      case 'paragraph':
      case 'list':
        parts.push(`${lead.join('')}${block.type === 'list' && lead.length > 0 ? '\n' : ''}${textLines(block)}`);
        lead = [];
        break;
      case 'citation':
        if (sources.length === 0) parts.push('');
        sources.push(renderCitation(block.citation, block.document));
        break;
      case 'actions':
        if (block.purpose === 'candidates') parts.push(block.topics.map((topic, i) => `${String(i + 1)}. ${topic.title}`).join('\n'));
        else if (block.topics.length > 0) parts.push(`${block.label}:\n${block.topics.map((topic) => `- ${topic.title}`).join('\n')}`);
        break;
      case 'suggestions':
        parts.push(`${block.label}:\n${block.questions.map((q) => `- ${q}`).join('\n')}`);
        break;
      case 'fields':
        parts.push(fieldLines(block.items, reply.lang));
        break;
      case 'picker':
        parts.push(
          pickerLines(block, new Set(blocksOf(reply, 'fields').flatMap((fields) => fields.items.map((item) => item.name))), reply.lang),
        );
        break;
      default:
        return block satisfies never;
    }
  }
  if (lead.length > 0) parts.push(lead.join('').trim());
  if (reply.tone === 'answer') parts.unshift(reply.title);
  // The sources stand together where the first one was.
  return parts.map((part) => (part === '' ? sources.join('\n') : part)).join('\n\n');
}

/** Renders an advisor result as the plain text a person reads in a terminal. */
export function renderText(result: AdvisorResult, audience: Audience = 'teacher'): string {
  return layoutText(replyFromResult(result, audience));
}
