import type { Citation } from '@cobridge/policy-knowledge/serve';
import type { FieldItem, PickKind, ReplyBlock } from '@cobridge/reply';

/** How to give each picker's choice in the console. */
const TYPE_IT: Record<PickKind, string> = {
  date: 'Type "timeline" and the date your leave starts, e.g. timeline 2025-09-01.',
  need: 'Type "modes for" and your needs, e.g. modes for staff training and joint R&D.',
  situation: 'Type "obligations" and your situation, e.g. obligations we are hiring a lecturer who has left the post.',
  term: 'Type "glossary" and a term, e.g. glossary bianzhi.',
  answer: 'Type a number (or "cancel").',
};

const clauseRefs = (citations: readonly Citation[]) => {
  const ids = [...new Set(citations.map((c) => c.clause))];
  return ids.length === 0 ? '' : ` (clause ${ids.join(', ')})`;
};

/** Named items as terminal lines: "name: text (clause …)", a text of several lines under its name. */
export function fieldLines(items: readonly FieldItem[]): string {
  return items
    .map((item) => {
      const ownLines = item.text.includes('\n') || item.text.startsWith('- ');
      return `${item.name}:${ownLines ? '\n' : ' '}${item.text}${clauseRefs(item.citations)}`;
    })
    .join('\n');
}

/** A picker as its question, the options to choose from (a check's numbered; none the reply already lists), and how to type one. */
export function pickerLines(block: Extract<ReplyBlock, { type: 'picker' }>, listed: ReadonlySet<string>): string {
  const numbered = block.pick === 'answer';
  const unlisted = block.options.every((option) => listed.has(option.label)) ? [] : block.options;
  const options = unlisted.map((option, i) => (numbered ? `  ${String(i + 1)}. ${option.label}` : `- ${option.label}`));
  return [block.label, ...options, TYPE_IT[block.pick]].join('\n');
}
