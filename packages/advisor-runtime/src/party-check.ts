/**
 * "who pays my injury insurance while I'm on leave?" then "is it the school?" or "so not the college then?": whether the
 * party named is the one, asked as a yes/no question about that party ("…does the school pay my injury insurance…?"),
 * so the verdict says whether that party does it instead of agreeing with whatever was named.
 */

// "is it the school?", "so not the college then?", "the company?", "us?", "me?"
const PARTY_CHECK = new RegExp(
  String.raw`^(?:(?:so|and|but|ok|okay|right),?\s+)?(?:is it\s+|it's\s+|it is\s+|isn't it\s+)?(?:not\s+)?` +
    String.raw`(?:(the|my|our|his|her|their)\s+)?` +
    String.raw`(schools?|colleges?|universit(?:y|ies)|compan(?:y|ies)|enterprises?|firms?|employers?|start-?ups?|us|me)` +
    String.raw`\s*(?:then|too|either|instead|itself)?\s*\??$`,
  'i',
);

/** Auxiliaries a "who" question can open on: "who is responsible…" → "is the school responsible…". */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'should', 'must', 'can', 'could', 'may', 'might']);
/** "who has to…", "who does…": verbs that take "does" in the question, in their plain form. */
const DOES_FORMS: Readonly<Record<string, string>> = { has: 'have', does: 'do' };

/** The previous "who" question asked of the party a follow-up names, as a yes/no question, or undefined. */
export function askOfNamedParty(previousQuestion: string, followUp: string): string | undefined {
  const check = PARTY_CHECK.exec(followUp.trim());
  if (!check) return undefined;
  const party = check[2]!.toLowerCase();
  const subject = SPEAKERS[party] ?? `${check[1]?.toLowerCase() ?? 'the'} ${party}`;
  const who = /\bwho\s+([a-z]+)\b/i.exec(previousQuestion);
  if (!who) return undefined;
  const verb = who[1]!.toLowerCase();
  const asked = AUXILIARIES.has(verb)
    ? `${agreeing(verb, subject)} ${subject}`
    : `${subject in SPOKEN_AS || isPlural(party) ? 'do' : 'does'} ${subject} ${DOES_FORMS[verb] ?? plainForm(verb)}`;
  return `${previousQuestion.slice(0, who.index)}${asked}${previousQuestion.slice(who.index + who[0].length)}`;
}

/** The asker named as the party: "us?" → "we", "me?" → "I". */
const SPEAKERS: Readonly<Record<string, string>> = { us: 'we', me: 'I' };
/** The askers' subjects, which take "do". */
const SPOKEN_AS: Readonly<Record<string, true>> = { we: true, I: true };

/** "is" for one party, "are" for "we" or several ("are we responsible…"), "am" for "I". */
function agreeing(auxiliary: string, subject: string): string {
  if (subject === 'I') return auxiliary === 'is' ? 'am' : auxiliary;
  const plural = subject === 'we' || isPlural(subject.split(' ').pop()!);
  if (auxiliary === 'is' && plural) return 'are';
  if (auxiliary === 'was' && plural) return 'were';
  return auxiliary;
}

function isPlural(word: string): boolean {
  return /(?:ies|s)$/i.test(word) && !/ss$/i.test(word);
}

/** "pays" → "pay", "covers" → "cover", "carries" → "carry", "pushes" → "push"; a plain form is kept. */
function plainForm(verb: string): string {
  if (/ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/(?:sses|shes|ches|xes|zes)$/.test(verb)) return verb.slice(0, -2);
  if (/[^s]s$/.test(verb)) return verb.slice(0, -1);
  return verb;
}

// "who pays the work injury insurance, me?", "who pays injury insurance then, the startup?": a "who" question and the
// party the asker guesses, in one message.
const GUESSED = /^(.*\bwho\b[^,?]*?)(?:\s+then)?,\s*([^,?]{1,40}\??)\s*$/i;

/** A "who" question with the party the asker guesses after a comma, asked as a yes/no question about that party, or undefined. */
export function askOfGuessedParty(question: string): string | undefined {
  const guessed = GUESSED.exec(question.trim());
  return guessed ? askOfNamedParty(`${guessed[1]!}?`, guessed[2]!) : undefined;
}
