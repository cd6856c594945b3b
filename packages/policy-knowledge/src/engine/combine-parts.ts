import type { Verdict } from '../schema/fact.js';
import { NEAREST_LEAD, VERDICT_LEADS } from './compose-facts.js';
import type { AdvisorResult, AnswerPart, AnswerResult } from './types.js';

/**
 * One result for a message that held several questions: each part answered, the first answer carrying the rest, and
 * the questions beyond the three answered named at the end, to be asked again. The choices of one question ("…, or is
 * it only…?") take the first answer's verdict.
 */
export function combineParts(
  question: string,
  beyond: readonly string[],
  results: readonly AdvisorResult[],
  oneChoice = false,
): AdvisorResult {
  const parts: AnswerPart[] = results.map((r) => ({
    question: r.question,
    kind: r.kind === 'refuse' ? 'unknown' : r.kind,
    intent: r.kind === 'answer' ? r.topic.id : null,
    verdict: r.kind === 'answer' ? r.verdict : null,
    text: r.text,
    citations: r.kind === 'answer' ? r.citations : [],
  }));
  const lead = results.find((r): r is AnswerResult => r.kind === 'answer');
  if (!lead) return { ...results[0]!, question };
  const texts = parts.map((p) => p.text);
  const answered = parts.map((p, i) => `${partHeading(p.question)}\n${withoutRepeatedPassage(p.text, texts.slice(0, i))}`);
  const text = [...answered, ...(beyond.length > 0 ? [leftForLater(beyond)] : [])].join('\n\n');
  const citations = [...new Map(parts.flatMap((p) => p.citations).map((c) => [c.clause, c])).values()];
  const asked = results.flatMap((r) => (r.kind === 'answer' && r.understanding?.type === 'yes-no' ? [r.verdict] : []));
  const unanswered = beyond.length > 0 ? { unanswered: [...beyond] } : {};
  const verdict = oneChoice ? lead.verdict : overallVerdict(lead.verdict, asked);
  return { ...lead, question, text, citations, parts, ...unanswered, verdict };
}

/** The note naming the questions of a message beyond the three answered. */
export function leftForLater(beyond: readonly string[]): string {
  const which = beyond.length === 1 ? 'this one again on its own' : 'these again, one or a few at a time';
  return `I answer up to three questions a message; please ask ${which}: ${beyond.map(partHeading).join(' ')}`;
}

/** What an English answer opens with before its facts: a verdict line, and what introduces the nearest facts. */
const ANSWER_LEAD = new RegExp(`^(?:${Object.values(VERDICT_LEADS).map(escaped).join('|')})?\\s*(?:${escaped(NEAREST_LEAD)})?\\s*`);
/** What stands for a passage already quoted for an earlier part of the same message. */
export const SAME_PASSAGE = '(The passage quoted above answers this too.)';
/** What stands for an earlier part's passage when it is only the nearest the guidance comes to a question it does not settle. */
export const NEAREST_PASSAGE = '(The nearest it comes is the passage quoted above.)';

/**
 * A part's text in the combined answer: a passage an earlier part already quoted is not repeated; the part keeps its
 * own verdict line and points at it ("No. (The passage quoted above answers this too.)").
 */
export function withoutRepeatedPassage(text: string, earlier: readonly string[]): string {
  if (/\p{Script=Han}/u.test(text)) return text;
  const lead = ANSWER_LEAD.exec(text)?.[0] ?? '';
  const body = text.slice(lead.length);
  if (body.length === 0 || !earlier.some((e) => e.slice(ANSWER_LEAD.exec(e)?.[0].length ?? 0) === body)) return text;
  // "The guidance doesn't say. What it does say: (…quoted above…)" reads as a riddle; the nearest passage is named so.
  return lead.includes(NEAREST_LEAD) ? `${lead.replace(NEAREST_LEAD, '').trim()} ${NEAREST_PASSAGE}` : `${lead}${SAME_PASSAGE}`;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How a statement glued before a question ends: "…understand the school, Is that an advantage…". */
const GLUED_STATEMENT = /^.*[,.]\s+(?=(?:Is|Are|Do|Does|Did|Can|Could|Will|Would|Should|Must|May|What|Who|Which|When|Where|Why|How)\b)/s;

/** A part's question as its heading: without the statement read as its context, capitalised, ending in "?". */
export function partHeading(question: string): string {
  if (/\p{Script=Han}/u.test(question)) return question;
  const asked = question.replace(GLUED_STATEMENT, '').trim();
  const heading = asked.charAt(0).toUpperCase() + asked.slice(1);
  return heading.endsWith('?') ? heading : `${heading.replace(/[.!,;:]+$/, '')}?`;
}

/**
 * The verdict of a message as a whole, from the verdicts of its yes/no questions: theirs when they agree; "partly" when
 * one holds (or partly holds) and another does not; "no" when none holds; the first answer's when fewer than two, or
 * the one yes/no question's when the first answer has none ("and my title? will I still be evaluated?").
 */
function overallVerdict(lead: Verdict | null, asked: readonly (Verdict | null)[]): Verdict | null {
  const given = asked.filter((v): v is Verdict => v !== null);
  if (given.length < 2) return lead ?? given[0] ?? null;
  const verdicts = new Set(given);
  if (verdicts.size === 1) return given[0]!;
  return verdicts.has('yes') || verdicts.has('partly') ? 'partly' : 'no';
}
