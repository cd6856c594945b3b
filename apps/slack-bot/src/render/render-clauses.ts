import type { Citation } from '@cobridge/policy-knowledge';
import { context, section, type Block } from './block-kit.js';
import { MAX_CONTEXT_ELEMENTS, MAX_SECTION_TEXT } from './limits.js';
import { escapeMrkdwn, packParagraphs } from './mrkdwn.js';
import { citationLine } from './slack-parts.js';

/** The clauses of one result item as context blocks (quotes cut to a preview), each duplicate clause shown once. */
export function clauseBlocks(citations: Citation[]): Block[] {
  const unique = citations.filter((c, i) => citations.findIndex((o) => o.clause === c.clause) === i);
  const blocks: Block[] = [];
  for (let start = 0; start < unique.length; start += MAX_CONTEXT_ELEMENTS) {
    blocks.push(context(unique.slice(start, start + MAX_CONTEXT_ELEMENTS).map((citation) => citationLine(citation))));
  }
  return blocks;
}

/** Every clause quoted in full (for modals, where there is room), as sections. */
export function fullClauseBlocks(citations: Citation[]): Block[] {
  return citations.flatMap((citation) => {
    const label = `*§${escapeMrkdwn(citation.section)} · clause ${escapeMrkdwn(citation.clause)}*`;
    const quote = packParagraphs([escapeMrkdwn(citation.quote)], MAX_SECTION_TEXT - 10);
    return [section(label), ...quote.map((chunk) => section(`> ${chunk}`))];
  });
}

/** Short clause references ("clause 3-19, 3-21") for compact lists such as the whole glossary. */
export function clauseRefs(citations: Citation[]): string {
  const ids = [...new Set(citations.map((c) => escapeMrkdwn(c.clause)))];
  return ids.length === 0 ? '' : `clause${ids.length === 1 ? '' : 's'} ${ids.join(', ')}`;
}

/** Keeps `head` and `tail` whole and cuts `body` so the message fits `max` blocks, saying so when it cut. */
export function fitBlocks(head: Block[], body: Block[], tail: Block[], max: number): Block[] {
  const room = max - head.length - tail.length;
  if (body.length <= room) return [...head, ...body, ...tail];
  return [...head, ...body.slice(0, room - 1), section('_…the rest is cut to fit Slack._'), ...tail];
}
