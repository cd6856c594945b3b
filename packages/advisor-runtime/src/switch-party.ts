/** The parties a follow-up can swap in: "what does the enterprise want?" → "and the school?". */
const PARTIES: Record<string, RegExp> = {
  school: /\b(?:schools?|colleges?|universit(?:y|ies)|institutions?)\b/gi,
  enterprise: /\b(?:enterprises?|compan(?:y|ies)|firms?|employers?|businesses)\b/gi,
  student: /\b(?:students?|graduates?|interns?)\b/gi,
  teacher: /\b(?:teachers?|lecturers?|professors?)\b/gi,
};
const WORD: Record<string, string> = { school: 'school', enterprise: 'enterprise', student: 'students', teacher: 'teacher' };
// A follow-up that only names a party: "and the school?", "what about students?", "for the company then?"
const ONLY_A_PARTY = /^(?:and|but|so|ok|okay)?\s*(?:what|how)?\s*(?:about|for|from|with)?\s*(?:the|a|an|our|my|their)?\s*(schools?|colleges?|universit(?:y|ies)|enterprises?|compan(?:y|ies)|firms?|employers?|students?|graduates?|teachers?|lecturers?)\s*(?:side|then|too|as well|instead)?\s*\??$/i;

/**
 * The previous question asked again about the school or the students ("what does the enterprise want from
 * cooperation?" and then "and the school?" → "what does the school want from cooperation?"), or undefined when the
 * follow-up names no such party or the previous question names none to replace.
 */
export function switchParty(previousQuestion: string, followUp: string): string | undefined {
  const named = ONLY_A_PARTY.exec(followUp.trim())?.[1];
  if (!named) return undefined;
  const target = Object.keys(PARTIES).find((party) => new RegExp(PARTIES[party]!.source, 'i').test(named));
  // Naming an audience ("what about the enterprise?") asks for the same answer in its words: see isAudienceSwitch.
  if (!target || target === 'enterprise' || target === 'teacher') return undefined;
  const source = Object.keys(PARTIES).find((party) => party !== target && new RegExp(PARTIES[party]!.source, 'i').test(previousQuestion));
  if (!source) return undefined;
  return previousQuestion.replace(PARTIES[source]!, WORD[target]!);
}
