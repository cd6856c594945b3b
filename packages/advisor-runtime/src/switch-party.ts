/** The parties a follow-up can swap in: "what does the enterprise want?" → "and the school?". */
const PARTIES: Record<string, RegExp> = {
  school: /\b(?:schools?|colleges?|universit(?:y|ies)|institutions?)\b/gi,
  enterprise: /\b(?:enterprises?|compan(?:y|ies)|firms?|employers?|businesses)\b/gi,
  student: /\b(?:students?|graduates?|interns?)\b/gi,
  teacher: /\b(?:teachers?|lecturers?|professors?)\b/gi,
};
const WORD: Record<string, { one: string; many: string }> = {
  school: { one: 'school', many: 'schools' },
  enterprise: { one: 'enterprise', many: 'enterprises' },
  student: { one: 'student', many: 'students' },
  teacher: { one: 'teacher', many: 'teachers' },
};
// A follow-up that only names a party: "and the school?", "what about students?", "for the company then?"
const ONLY_A_PARTY = new RegExp(
  String.raw`^(?:and|but|so|ok|okay)?\s*(?:what|how)?\s*(?:about|for|from|with)?\s*(?:(?:us|we|me) as\s+)?(?:the|a|an|our|my|their)?\s*` +
    String.raw`(schools?|colleges?|universit(?:y|ies)|enterprises?|compan(?:y|ies)|firms?|employers?|students?|graduates?|` +
    String.raw`teachers?|lecturers?)\s*(?:side|then|too|as well|instead)?\s*\??$`,
  'i',
);

/**
 * The previous question asked again about another party ("what does the enterprise want from cooperation?" and then
 * "and the school?" → "what does the school want from cooperation?"; "what do colleges want from companies?" and then
 * "and for enterprises?" → the two exchanged), or undefined when the follow-up names no such party, the previous
 * question names none to replace, or the enterprise is named only as an audience ("can I leave?" → "and for
 * enterprises?": the same answer in its words, see isAudienceSwitch).
 */
export function switchParty(previousQuestion: string, followUp: string): string | undefined {
  const named = ONLY_A_PARTY.exec(followUp.trim())?.[1];
  if (!named) return undefined;
  const target = Object.keys(PARTIES).find((party) => new RegExp(PARTIES[party]!.source, 'i').test(named));
  if (!target || target === 'teacher') return undefined;
  const source = firstParty(previousQuestion, target);
  if (!source) return undefined;
  // The enterprise replaces only a school that the previous question is about ("what do colleges want…"), not one it
  // merely mentions ("…while I am away from school?").
  if (target === 'enterprise' && (source !== 'school' || !opensWith(previousQuestion, 'school'))) return undefined;
  // Each word keeps its number: "what do companies want" → "what do schools want".
  const swapped = previousQuestion.replace(PARTIES[source]!, (word) => (isPlural(word) ? '\u0001' : '\u0000'));
  return swapped
    .replace(PARTIES[target]!, (word) => wordFor(source, word))
    .replace(/\u0000/g, WORD[target]!.one)
    .replace(/\u0001/g, WORD[target]!.many)
    .replace(
      /\b(a|an) (enterprise|school|student|teacher)\b/gi,
      (_, article: string, word: string) => `${articleFor(article, word)} ${word}`,
    );
}

/** "a" or "an" before a word, keeping the article's capital ("A enterprise" → "An enterprise"). */
function articleFor(article: string, word: string): string {
  const right = /^[aeiou]/i.test(word) ? 'an' : 'a';
  return article[0] === 'A' ? `${right[0]!.toUpperCase()}${right.slice(1)}` : right;
}

function isPlural(word: string): boolean {
  return /(?:ies|s)$/i.test(word);
}

function wordFor(party: string, replaced: string): string {
  return isPlural(replaced) ? WORD[party]!.many : WORD[party]!.one;
}

/** Words within which a question's subject is named ("what do colleges want…"). */
const SUBJECT_WORDS = 5;

/** True when the question names the party among its first few words, as its subject. */
function opensWith(question: string, party: string): boolean {
  const opening = question.trim().split(/\s+/).slice(0, SUBJECT_WORDS).join(' ');
  return new RegExp(PARTIES[party]!.source, 'i').test(opening);
}

/** The party the question names first, other than `except`. */
function firstParty(question: string, except?: string): string | undefined {
  let first: { party: string; at: number } | undefined;
  for (const [party, pattern] of Object.entries(PARTIES)) {
    if (party === except) continue;
    const at = question.search(new RegExp(pattern.source, 'i'));
    if (at >= 0 && (!first || at < first.at)) first = { party, at };
  }
  return first?.party;
}
