// How a yes/no question is put: whether it negates what it asks about, and whether it states a claim for the reader to
// confirm ("…doesn't count, right?", "…不管用吧") rather than asking.

const NEGATING_WORDS = [
  ...['no', 'not', 'never', 'without', 'lacks?', 'lacking', "isn't", "aren't", "doesn't", "don't", "didn't", "can't", 'cannot'],
  ...["won't", "wouldn't", "couldn't", "shouldn't", "hasn't", "haven't", "wasn't", "weren't", "mustn't", "needn't"],
];
const NEGATION = new RegExp(String.raw`\b(?:${NEGATING_WORDS.join('|')})\b|没有|不`, 'iu');
const CONFIRMING = /\b(?:right|correct|true|yeah|isn't it|aren't they|don't they|doesn't it|is that so|am i right)\s*\W*$/i;
const CHINESE_CONFIRMING = /(?:吧|对吧|是吧|对不对|是不是真的)\s*[？?。！!]*$/u;

/** True when a question negates what it asks about; "是不是", "有没有" only ask. */
export function negates(text: string): boolean {
  return NEGATION.test(text.replace(/(\p{Script=Han})[不没]\1|有没有/gu, ''));
}

/** True when a question states a claim and asks only for it to be confirmed ("…, right?", "…吧"). */
export function asksToConfirm(text: string): boolean {
  const asked = text.trim();
  return CONFIRMING.test(asked) || CHINESE_CONFIRMING.test(asked);
}

/** "…, and why?", "If not, who?": a question word alone, asked of what was just answered. */
const BARE_QUESTION = /^(?:(?:and|if not|if so|otherwise|then),?\s+)?(?:why|how|when|where|who)\s*\?$/i;

/** True when a question is a question word alone ("and when?"): it asks of what was just answered. */
export function isBareQuestion(text: string): boolean {
  return BARE_QUESTION.test(text.trim());
}
