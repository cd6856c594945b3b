/** Words whose final dot ends no sentence ("e.g. The…" stays one sentence). */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'art',
  'arts',
  'para',
  'paras',
  'cf',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'vol',
  'pp',
  'fig',
]);

/** The number of a list item ("1.", "b.", "iv."): the dot after it ends no sentence. */
const LIST_NUMBER = /^(\d{1,3}|[a-z]|[ivx]{1,5})\.$/i;

/**
 * Splits a paragraph into sentences: after ".", "!" or "?" (and any closing quotes or brackets) followed by a space
 * and a capital letter, digit or opening quote; after a dot glued to a capitalised word ("productivity.If there");
 * after "。", "！" or "？". Abbreviations such as "e.g." and "No.", and a list item's number, end no sentence. The
 * text is kept verbatim.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?])(["'”’)\]]*)(\s+(?=["“'([]?[\p{Lu}\p{N}])|(?=\p{Lu}\p{Ll}))|([。！？])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[1] === '.' && endsWithAbbreviation(paragraph.slice(start, match.index), paragraph.slice(end))) continue;
    if (match[1] === '.' && match[3] === '' && !/\p{Ll}$/u.test(paragraph.slice(0, match.index))) continue;
    if (match[1] === '.' && LIST_NUMBER.test(paragraph.slice(start, match.index + 1).trim())) continue;
    pushTrimmed(sentences, paragraph.slice(start, end));
    start = end;
  }
  pushTrimmed(sentences, paragraph.slice(start));
  return sentences;
}

/** Whether the text before a dot ends with an abbreviation ("e.g", "U.S"; "No" only before a number). */
function endsWithAbbreviation(text: string, after: string): boolean {
  const word = /(?:^|[\s(])([\p{L}.]+)$/u.exec(text)?.[1]?.toLowerCase();
  if (word === 'no') return /^\d/.test(after);
  return word !== undefined && (ABBREVIATIONS.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word));
}

function pushTrimmed(list: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed) list.push(trimmed);
}
