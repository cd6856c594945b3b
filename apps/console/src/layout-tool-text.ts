import type { Citation, Lang } from '@cobridge/policy-knowledge/serve';
import type { FieldItem, PickKind, ReplyBlock } from '@cobridge/reply';

/** How to give each picker's choice in the console, in the reply's language (the commands stay English words). */
const TYPE_IT: Record<Lang, Record<PickKind, string>> = {
  en: {
    date: 'Type "timeline" and the date your leave starts, e.g. timeline 2025-09-01.',
    need: 'Type "modes for" and your needs, e.g. modes for staff training and joint R&D.',
    situation: 'Type "obligations" and your situation, e.g. obligations we are hiring a lecturer who has left the post.',
    term: 'Type "glossary" and a term, e.g. glossary bianzhi.',
    answer: 'Type a number (or "cancel").',
  },
  zh: {
    date: '输入“timeline”和离岗开始日期，例如 timeline 2025-09-01。',
    need: '输入“modes for”和您的需求，例如 modes for 员工培训和合作研发。',
    situation: '输入“obligations”和您的情形，例如 obligations 聘用离岗教师。',
    term: '输入“glossary”和一个术语，例如 glossary 编制。',
    answer: '输入一个数字（或输入“cancel”取消）。',
  },
};

function clauseRefs(citations: readonly Citation[], lang: Lang): string {
  const ids = [...new Set(citations.map((c) => c.clause))];
  if (ids.length === 0) return '';
  return lang === 'zh' ? `（第 ${ids.join('、')} 条）` : ` (clause ${ids.join(', ')})`;
}

/** Named items as terminal lines: "name: text (clause …)", a text of several lines under its name; Chinese punctuation for zh. */
export function fieldLines(items: readonly FieldItem[], lang: Lang): string {
  const colon = lang === 'zh' ? '：' : ':';
  return items
    .map((item) => {
      const ownLines = item.text.includes('\n') || item.text.startsWith('- ');
      return `${item.name}${colon}${ownLines ? '\n' : lang === 'zh' ? '' : ' '}${item.text}${clauseRefs(item.citations, lang)}`;
    })
    .join('\n');
}

/**
 * A picker as its question, the options to choose from (a check's numbered; none the reply already lists), and how
 * to type one, in `lang`.
 */
export function pickerLines(block: Extract<ReplyBlock, { type: 'picker' }>, listed: ReadonlySet<string>, lang: Lang): string {
  const numbered = block.pick === 'answer';
  const unlisted = block.options.every((option) => listed.has(option.label)) ? [] : block.options;
  const options = unlisted.map((option, i) => (numbered ? `  ${String(i + 1)}. ${option.label}` : `- ${option.label}`));
  return [block.label, ...options, TYPE_IT[lang][block.pick]].join('\n');
}
