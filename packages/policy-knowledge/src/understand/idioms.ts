// Sayings whose words sound alarming or off-topic but mean something ordinary ("steal a march on rivals", "same deal"), a
// stressing "at least" that would read as asking for a lower limit, and a reminding "again" that would read as a second time.

/** A question that asks whether something is true ("…is it real?", "true or fake news?"). */
const ASKS_IF_TRUE = /\b(?:true|real|really|right|correct|accurate|actually|fact|facts)\b/i;
/** Words of making or spreading something: "write fake news…" stays a request to deceive. */
const MAKING = /\b(?:write|writes|writing|post|posts|posting|spread|spreads|spreading|generate|make|create|draft|publish|invent)\b/i;

/** What a teacher fears to lose: a career, a post, a title… ("is my career at the college dead?"). */
const PROSPECTS = '(?:career|job|post|position|contract|title|promotion|chances?|future|review|place|prospects?)';

const SAYINGS: [RegExp, string][] = [
  [/\bst(?:eal|eals|ealing|ole) a march on\b/gi, 'gain an advantage over'],
  [/\bst(?:eal|eals|ealing|ole) a march\b/gi, 'gain an advantage'],
  [/\bkill(?:s|ing)? two birds with one stone\b/gi, 'do both at once'],
  [/\bkill(?:s|ing)? two birds\b/gi, 'do both at once'],
  // "if my startup dies, am I out of a job?": the company fails, nobody dies.
  [/\b(startup|start-up|company|business|firm|venture|project)\s+(?:dies|died|dying)\b/gi, '$1 fails'],
  // "is my career at the college dead too?": lost, nobody dies.
  [
    new RegExp(String.raw`\b(is|are)\s+((?:my|his|her|their|our)\s+(?:[\w-]+\s+)?${PROSPECTS}\s+(?:[\w-]+\s+){0,3}?)dead\b`, 'gi'),
    '$1 $2lost',
  ],
  // "how do we exploit our training base better?": make use of, not take advantage of.
  [/\bexploit(?:s|ed|ing)?\b(?=[^.?!]{0,50}\b(?:better|more fully|fully|properly)\b)/gi, 'make use of'],
  // "does it ask anything of the teachers in return?": in exchange, not coming back.
  [/\bin return\b(?!\s+(?:to|from)\b)/gi, 'in exchange'],
  // "is there at least a requirement about the company?": stress, not a lower limit ("at least a year" stays one).
  [/\bat least (?=(?:a|an|some|the)\s+(?!(?:year|years|month|months|week|weeks|day|days|few|couple|minimum)\b))/gi, ''],
  // "so to sum up — the college pays all of my insurance?": gathering up what was said, no sum of money.
  [/\b(?:to )?sum(?:ming)? (?:it |this |that |things )?up\b[\s,:;–—-]*/gi, ''],
  // "and injury insurance? same deal, the school?": the same arrangement, no agreement signed.
  [/\b(?:the\s+)?same (?:deal|arrangement|story)\b/gi, 'the same'],
  // "who issued it again?", "what was that mode called again?": asking to be reminded, not of a second time.
  [
    /^((?:(?:so|and|ok|okay|sorry|sry|um+|uh+)\W+)*(?:who|what|which|where)\b(?!\s+(?:if|about)\b)[^?.!]*?)\s+again(?=\s*[?.!]*\s*$)/i,
    '$1',
  ],
];

/** A word every saying above (and "fake news") has: a text without one has nothing to put plainly. */
const SAYING_WORDS = /\b(?:march|birds|in return|fake news|exploit\w*|dies|died|dying|dead|at least|again|same|sum\w*)\b/i;

/**
 * The text with sayings put plainly ("steal a march on rivals" → "gain an advantage over rivals", a stressing "at least"
 * and a reminding "again" dropped), and "fake news" read as a rumour when the question asks whether it is true rather
 * than asks for some to be made.
 */
export function plainSayings(text: string): string {
  if (!SAYING_WORDS.test(text)) return text;
  let plain = text;
  for (const [saying, meaning] of SAYINGS) plain = plain.replace(saying, meaning);
  if (ASKS_IF_TRUE.test(plain) && !MAKING.test(plain)) plain = plain.replace(/\bfake news\b/gi, 'a rumour');
  return plain;
}
