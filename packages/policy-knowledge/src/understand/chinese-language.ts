/** A Han character (simplified or traditional). */
const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;
const LATIN_WORD = /[a-z]+/gi;
/** Han characters a question needs, per Latin word, to be read as Chinese ("离岗 shebao 怎么办" is; "does 社保 stay?" is not). */
const HAN_PER_LATIN_WORD = 1.5;
/** Fewest Han characters of a Chinese question. */
const MIN_HAN = 2;
// Words that ask in Chinese: a question asked with one of these ("income distribution谁跟谁签agreement") is Chinese
// however many English words it holds, unless it opens as an English question ("does 社保 stay…").
const CHINESE_ASKING = /谁|什么|啥|怎么|如何|多久|几年|多少|哪些|哪个|为什么|吗|呢|吧$|是不是|能不能|可不可以|有没有|要不要|是否/u;
const ENGLISH_OPENING = /^\s*(?:do|does|did|can|could|will|would|is|are|am|should|must|may|what|who|how|why|when|which|where)\b/i;

/** The first code point of the Han script (U+2E80): a text with no code unit at or above it holds no Han character. */
const FIRST_HAN = 0x2e80;

/** True when the text holds any Han character (the pattern runs only on a text with a code unit from U+2E80 up). */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= FIRST_HAN) return HAN.test(text);
  return false;
}

// The engine asks this of the same question at several steps: the last answer is kept.
let last: { text: string; chinese: boolean } = { text: '', chinese: false };

/** True when a question is written in Chinese: mostly Han characters, perhaps with English words or pinyin among them. */
export function isChinese(text: string): boolean {
  if (!hasHan(text)) return false;
  if (last.text === text) return last.chinese;
  const han = text.match(HAN_ALL)?.length ?? 0;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  const asksInChinese = CHINESE_ASKING.test(text) && !ENGLISH_OPENING.test(text);
  last = { text, chinese: han >= MIN_HAN && (han >= latin * HAN_PER_LATIN_WORD || asksInChinese) };
  return last.chinese;
}

/** Most questions answered from one Chinese message, as for English. */
const MAX_CHINESE_PARTS = 3;
/** Han characters a part needs to be a question of its own; shorter ones stay with their neighbour. */
const MIN_PART_HAN = 4;

/** Splits a Chinese message at its question marks (？ or ?) into up to three questions. */
export function splitChineseQuestion(message: string): string[] {
  const parts: string[] = [];
  for (const piece of message
    .split(/(?<=[？?])/u)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const han = piece.match(HAN_ALL)?.length ?? 0;
    if (parts.length > 0 && (han < MIN_PART_HAN || parts.length >= MAX_CHINESE_PARTS)) parts[parts.length - 1] += piece;
    else parts.push(piece);
  }
  return parts;
}

// A part that leans on the one before: it opens with "那", "还有", "如果"…, or ends with "呢".
const LEANING_OPENER = /^(?:那|那么|还有|另外|如果|要是|那如果|那要是)/u;
const LEANING_END = /呢[？?]?$/u;

/** True for a Chinese question too short or too dependent to stand alone ("那多久呢？", "如果提前回来呢"). */
export function isChineseFragment(part: string): boolean {
  const han = part.match(HAN_ALL)?.length ?? 0;
  return han <= 6 || LEANING_OPENER.test(part.trim()) || LEANING_END.test(part.trim());
}
