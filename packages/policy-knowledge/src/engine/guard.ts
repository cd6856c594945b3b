/** Why a question is refused before classification. */
export type GuardReason = 'harmful' | 'other-jurisdiction';

// Requests to deceive, forge or evade: a policy advisor never helps with these, whatever topic they mention.
const HARMFUL = [
  /\b(fake|forge[ds]?|forging|forgery|counterfeit|fabricat\w*|falsif\w*|backdat\w*)\b/i,
  /\bmake up (some |an? |the )?(achievements?|results?|records?|papers?|data|documents?|certificates?)\b/i,
  /\b(get out of|avoid|dodge|evade|escape|skip|stop) (paying|contributing|the contributions?|the insurance|social insurance|injury insurance|tax(es)?)\b/i,
  /\b(cheat|bribe|bribing|launder|hack|phish|steal|leak)\w*\b/i,
  /\b(lie|lying) (to|on|about)\b/i,
  /\bwithout (the school|my school|the college|anyone|them) (knowing|finding out|noticing)\b/i,
];

// The guidance is a Chinese ministry's; questions about other countries' rules are outside it.
const OTHER_COUNTRY = /\b(in|for|from|of) (the )?(us|u\.s\.|usa|united states|america|american|uk|britain|england|germany|german|france|french|japan|japanese|korea|korean|india|indian|canada|canadian|australia|australian|europe|european|eu|singapore|russia|brazil|taiwan|hong kong)\b/i;

const ABOUT_RULES = /\b(guidance|policy|policies|rules?|laws?|regulations?|teachers?|lecturers?|professors?|schools?|colleges?|universit(y|ies)|institutions?|apply|applies|insurance|leave|pension|staff)\b/i;

/** Returns why a question must be declined before it is classified, or undefined when it may be classified. */
export function guardQuestion(question: string): GuardReason | undefined {
  if (HARMFUL.some((pattern) => pattern.test(question))) return 'harmful';
  if (OTHER_COUNTRY.test(question) && ABOUT_RULES.test(question)) return 'other-jurisdiction';
  return undefined;
}
