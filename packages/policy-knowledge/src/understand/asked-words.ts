/**
 * "ok say we get someone…", "hi! can I…", "right, so…": a word opening a message that only greets or acknowledges
 * ("right" and "well" only with a mark after them: "right to return early?" asks about a right).
 */
const OPENER = /^(?:(?:ok(?:ay)?|alright|all right|hmm+|hi|hello|hey)\b[,!.]?|(?:right|well)[,!.])\s+(?=\S+\s+\S)/i;

/** A web address in a question ("https://example.com is this allowed?"): its words ("example") say nothing asked. */
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;

/** The words of a question that ask something: without web addresses, or a greeting or "ok" opening it. */
export function askedWords(question: string): string {
  const linkless = question.includes('http') || question.includes('www.') ? question.replace(LINK, ' ').trim() : question;
  return linkless.replace(OPENER, '');
}
