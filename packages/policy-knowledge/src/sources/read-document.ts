/** A section of an imported document: its number, its heading and its paragraphs (lines joined). */
export interface DocumentSection {
  id: string;
  title: string;
  paragraphs: string[];
}

/** A plain-text or Markdown document read into sections; what precedes the first heading is front matter. */
export interface ReadDocument {
  /** Title lines, abstract and the like before the first numbered heading: not split into clauses. */
  frontMatter: string[];
  sections: DocumentSection[];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_START = new RegExp(`^(${ORDINALS.join('|')})(?:ly)?,\\s`, 'i');
/** "2.1. Title", "3. TITLE", "2.1 Title": a number (with an inner dot or a final one), then a capitalised title. */
const NUMBERED_HEADING = /^\s*(\d+(?:\.\d+)+|\d+(?=\.))\.?\s+(\p{Lu}.*)$/u;
const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)]|\([a-z0-9]+\))\s+/;
const BULLET = /^\s*[-*+•]\s+/;
const MAX_HEADING_CHARS = 300;
/** A heading line at least this long was wrapped: the next line (up to a blank line) continues its title. */
const WRAPPED_LINE_CHARS = 50;

/** Joins wrapped lines into one paragraph: single spaces, and a line ending in "-" runs on into the next word. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    text = text === '' || text.endsWith('-') ? text + line : `${text} ${line}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The section number and ordinal of an ordinal paragraph ("Fourth, the school shall…" → 4), else undefined. */
export function ordinalOf(paragraph: string): number | undefined {
  const match = ORDINAL_START.exec(paragraph);
  return match ? ORDINALS.indexOf(match[1]!.toLowerCase()) + 1 : undefined;
}

/**
 * Reads a document into sections. Markdown (`.md`, or any `#` heading) takes `#` headings and treats numbered lines
 * as list items; plain text takes numbered headings ("2.1.", "3."), whose long title may wrap onto the next lines. In both,
 * a paragraph opening with an ordinal ("Fourth, …") starts a subsection numbered after its parent (3 → 3.4), and
 * every list item is a paragraph of its own (bullets dropped, numbers kept).
 */
export function readDocument(text: string, markdown = /^\s{0,3}#{1,6}\s/m.test(text)): ReadDocument {
  const frontMatter: string[] = [];
  const sections: DocumentSection[] = [];
  let numbered: DocumentSection | undefined;
  let current: DocumentSection | undefined;
  let lines: string[] = [];
  let headingLines: string[] | undefined;
  let unnamed = 0;

  const flushParagraph = () => {
    const paragraph = joinLines(lines);
    lines = [];
    if (!paragraph) return;
    const ordinal = ordinalOf(paragraph);
    if (ordinal !== undefined) current = openSection(numbered ? `${numbered.id}.${ordinal}` : String(ordinal), paragraph.split(',')[0]!);
    if (current) current.paragraphs.push(paragraph);
    else frontMatter.push(paragraph);
  };
  const openSection = (id: string, title: string): DocumentSection => {
    const section = { id, title, paragraphs: [] };
    sections.push(section);
    return section;
  };
  const openHeading = (number: string | undefined, title: string) => {
    flushParagraph();
    const id = number ?? String(++unnamed);
    numbered = openSection(id, title || `Section ${id}`);
    current = numbered;
  };

  // An HTML comment in Markdown (a note to editors) is not part of the text.
  const body = markdown ? text.replace(/<!--[\s\S]*?-->/g, '') : text;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (headingLines) {
      const last = headingLines[headingLines.length - 1]!.trim();
      if (line.trim() && last.length >= WRAPPED_LINE_CHARS && joinLines(headingLines).length < MAX_HEADING_CHARS) {
        headingLines.push(line);
        continue;
      }
      current!.title = joinLines(headingLines);
      headingLines = undefined;
    }
    const markdownHeading = markdown ? MARKDOWN_HEADING.exec(line) : null;
    if (markdownHeading) {
      const [, number, title] = /^(\d+(?:\.\d+)*)?\.?\s*(.*)$/.exec(markdownHeading[2]!)!;
      if (number === undefined && sections.length === 0 && frontMatter.length === 0 && lines.length === 0) {
        lines.push(title!);
        flushParagraph();
        continue;
      }
      openHeading(number, title ?? '');
      continue;
    }
    const heading = markdown ? null : NUMBERED_HEADING.exec(line);
    if (heading) {
      openHeading(heading[1]!, '');
      headingLines = [heading[2]!];
      continue;
    }
    if (!line.trim()) flushParagraph();
    else {
      if (LIST_ITEM.test(line)) flushParagraph();
      lines.push(line.replace(BULLET, ''));
    }
  }
  if (headingLines) current!.title = joinLines(headingLines);
  flushParagraph();
  return { frontMatter, sections };
}
