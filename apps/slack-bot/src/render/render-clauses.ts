import type { Citation } from '@cobridge/policy-knowledge';
import { section, type Block } from './block-kit.js';
import { MAX_SECTION_TEXT } from './limits.js';
import { escapeMrkdwn, packParagraphs } from './mrkdwn.js';

/** Every clause quoted in full (for modals, where there is room), as sections. */
export function fullClauseBlocks(citations: Citation[]): Block[] {
  return citations.flatMap((citation) => {
    const label = `*§${escapeMrkdwn(citation.section)} · clause ${escapeMrkdwn(citation.clause)}*`;
    const quote = packParagraphs([escapeMrkdwn(citation.quote)], MAX_SECTION_TEXT - 10);
    return [section(label), ...quote.map((chunk) => section(`> ${chunk}`))];
  });
}
