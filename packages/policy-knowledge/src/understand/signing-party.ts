// "sign anything with the school", "an agreement with our company": the other party to what is signed.
// (Not "we signed a three-year deal with a college": a deal made, not what must be signed; not "…with the college and
// the teacher": both sides named.)
const SIGNED_WITH = new RegExp(
  String.raw`\b(?:sign|signs|signing|agreement|contract)\b[^?.!]{0,40}?\bwith\s+(?:the|my|our|a|an|this|that|his|her|their)?\s*` +
    String.raw`(?:(school|college|university|institution)|(company|firm|enterprise|startup|start-up|employer|business))\b(?!\s+and\b)`,
  'i',
);

/** The party a question names as the other side of an agreement ("sign anything with the school?"), if any. */
export function signingParty(question: string): 'school' | 'enterprise' | undefined {
  const match = SIGNED_WITH.exec(question);
  if (match === null) return undefined;
  return match[1] !== undefined ? 'school' : 'enterprise';
}
