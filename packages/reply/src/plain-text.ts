import type { ReplyBlock } from './reply.js';

type TextBlock = Extract<ReplyBlock, { type: 'paragraph' | 'list' }>;

const BULLET = /^[-•]\s+/u;

/** The engine's plain text (paragraphs split by blank lines, bullets as "- ") as paragraph and list blocks. */
export function textBlocks(plain: string): TextBlock[] {
  return plain.split(/\n\s*\n/u).flatMap((paragraph) =>
    paragraphBlocks(
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ),
  );
}

function paragraphBlocks(lines: string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length > 0) {
      const intro = text.join('\n');
      blocks.push(intro === '' ? { type: 'list', items } : { type: 'list', intro, items });
    } else if (text.length > 0) blocks.push({ type: 'paragraph', text: text.join('\n') });
    text = [];
    items = [];
  };
  for (const line of lines) {
    if (BULLET.test(line)) items.push(line.replace(BULLET, ''));
    else {
      if (items.length > 0) flush();
      text.push(line);
    }
  }
  flush();
  return blocks;
}
